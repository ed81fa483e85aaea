import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Member, MemberRole } from "#shared/accounts/people.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import type { TransactItem } from "../platform/data/transact.ts";
import { membershipKind } from "./items.ts";

/** A membership as stored: the member, their organisation and roles, and a version for conditional writes. */
export interface Membership extends Member {
  organisationId: string;
  version: number;
  joinedAt: string;
}

/** The stored item of a membership (the seed, an accepted invitation, an admission). */
export const membershipItem = (m: Membership) => membershipKind.item(m, m);

/** A member's membership, read strongly (the page that changes it must see the latest version). */
export const findMembership = async (userId: string): Promise<Membership | undefined> => {
  const result = await db().send(
    new GetCommand({ TableName: tableName(), Key: membershipKind.key({ userId }), ConsistentRead: true }),
  );
  return result.Item ? withoutKeys<Membership>(result.Item) : undefined;
};

/** An organisation's members by name (a handful: pages through its member list). */
export const listMembers = async (organisationId: string): Promise<Membership[]> => {
  const found: Membership[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage<Record<string, unknown>>({
      index: "gsi1",
      partition: membershipKind.gsi1.pk({ organisationId }),
      limit: 100,
      cursor,
    });
    found.push(...page.items.map((i) => withoutKeys<Membership>(i)));
    cursor = page.nextCursor;
  } while (cursor);
  return found;
};

/** The e-mail addresses of an organisation's members holding any of `roles` (whom its e-mails go to). */
export const listMemberEmails = async (
  organisationId: string,
  roles: readonly MemberRole[],
): Promise<string[]> =>
  (await listMembers(organisationId)).flatMap((m) =>
    m.email && m.roles.some((role) => roles.includes(role)) ? [m.email] : [],
  );

/** Changes a member's roles if nobody else changed the membership since it was read. */
export const rolesUpdate = (m: Membership, roles: MemberRole[]): TransactItem => ({
  Update: {
    TableName: tableName(),
    Key: membershipKind.key(m),
    UpdateExpression: "SET #roles = :roles, version = :next",
    ConditionExpression: "version = :version AND organisationId = :org",
    ExpressionAttributeNames: { "#roles": "roles" },
    ExpressionAttributeValues: {
      ":roles": roles,
      ":next": m.version + 1,
      ":version": m.version,
      ":org": m.organisationId,
    },
  },
});

/** Ends a membership if it is unchanged since it was read. */
export const membershipDelete = (m: Membership): TransactItem => ({
  Delete: {
    TableName: tableName(),
    Key: membershipKind.key(m),
    ConditionExpression: "version = :version AND organisationId = :org",
    ExpressionAttributeValues: { ":version": m.version, ":org": m.organisationId },
  },
});

/**
 * Makes a person an administrator (and bid writer and caseworker) of an organisation unless they are
 * already a member: written with an admission, so the applicant can invite their colleagues.
 */
export const firstAdministratorUpdate = (person: {
  userId: string;
  organisationId: string;
  name: string;
  email: string;
  at: string;
}): TransactItem => {
  const index = membershipKind.indexEntries(person);
  return {
    Update: {
      TableName: tableName(),
      Key: membershipKind.key(person),
      UpdateExpression:
        "SET #type = if_not_exists(#type, :type), userId = if_not_exists(userId, :user), organisationId = if_not_exists(organisationId, :org), #name = if_not_exists(#name, :name), email = if_not_exists(email, :email), #roles = if_not_exists(#roles, :roles), version = if_not_exists(version, :one), joinedAt = if_not_exists(joinedAt, :at), gsi1pk = if_not_exists(gsi1pk, :gpk), gsi1sk = if_not_exists(gsi1sk, :gsk)",
      ExpressionAttributeNames: { "#type": "type", "#name": "name", "#roles": "roles" },
      ExpressionAttributeValues: {
        ":type": membershipKind.type,
        ":user": person.userId,
        ":org": person.organisationId,
        ":name": person.name,
        ":email": person.email,
        ":roles": ["organisation-admin", "bid-writer", "caseworker"],
        ":one": 1,
        ":at": person.at,
        ":gpk": index.gsi1pk,
        ":gsk": index.gsi1sk,
      },
    },
  };
};
