import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { type MemberRole, memberRoleLabels } from "#shared/accounts/member-roles.ts";
import type { Principal } from "#shared/auth/principal.ts";
import { db } from "../../data/dynamo.ts";
import { membershipKind } from "../../data/shared-items.ts";
import type { RouteDefinition } from "../../route.ts";
import { forbidden } from "../problems.ts";

interface StoredMembership {
  organisationId?: string;
  name?: string;
  roles?: MemberRole[];
}

/** The one read of a provider's membership (also the bench's raw baseline, so both do the same work). */
export const membershipRead = (table: string, userId: string) => ({
  TableName: table,
  Key: membershipKind.key({ userId }),
  ProjectionExpression: "organisationId, #name, #roles",
  ExpressionAttributeNames: { "#name": "name", "#roles": "roles" },
});

/**
 * A provider's membership, read afresh on every request (one GetItem by user id, never cached), so a
 * role change or a removal takes effect on the next request even while the token is unexpired
 * (ADR 0025). Returns the principal with its member roles and the member's recorded name.
 */
export const withMembership = async (principal: Principal, route: RouteDefinition): Promise<Principal> => {
  const table = process.env.TABLE_NAME;
  // Without a table (unit tests of handlers) there is nothing to read; every deployed function has one.
  if (!table || principal.role !== "provider") return principal;
  const result = await db().send(new GetCommand(membershipRead(table, principal.userId)));
  const membership = result.Item as StoredMembership | undefined;
  if (!membership || membership.organisationId !== principal.organisationId) {
    throw forbidden(
      "You are no longer a member of this organisation on the portal. If you think this is wrong, ask your organisation's administrator.",
    );
  }
  const roles = membership.roles ?? [];
  if (route.memberRole && !roles.includes(route.memberRole)) {
    throw forbidden(
      `Only people with the ${memberRoleLabels[route.memberRole].toLowerCase()} role in your organisation can do this. Ask your organisation's administrator to add the role.`,
    );
  }
  return { ...principal, name: membership.name ?? principal.name, memberRoles: roles };
};
