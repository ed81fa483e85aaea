import type { Principal } from "#shared/auth/principal.ts";
import {
  type Membership,
  type MembershipAction,
  membershipGroundNames,
  type MembershipStatus,
} from "#shared/framework/membership.ts";
import { accountKeys, findOrganisation } from "../accounts/index.ts";
import { notificationItems, organisationEmails, outboxPut } from "../notifications/index.ts";
import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { tableName } from "../platform/data/dynamo.ts";
import { failedConditions, transact } from "../platform/data/transact.ts";
import { conflict, notFound, ruleBroken } from "../platform/http/problems.ts";
import { membershipChangeKind } from "./items.ts";

/** The membership an organisation profile carries (absent: active since admission). */
type Stored = Omit<Membership, "organisationId" | "organisationName">;

/** An admitted supplier's membership; 404 for an organisation that is not on the framework. */
export const findMembership = async (organisationId: string): Promise<Membership> => {
  const organisation = await findOrganisation(organisationId);
  if (organisation?.frameworkStatus !== "admitted") throw notFound();
  return membershipOf(organisation);
};

/** The membership an admitted organisation's profile carries (none stored: active since admission). */
export const membershipOf = (organisation: {
  id: string;
  name: string;
  membership?: unknown;
}): Membership => ({
  organisationId: organisation.id,
  organisationName: organisation.name,
  status: "active",
  ...(organisation.membership as Stored | undefined),
});

const next: Record<MembershipAction["action"], MembershipStatus> = {
  suspend: "suspended",
  remove: "removed",
  reinstate: "active",
};
// Removal is final; a suspension may be lifted or become a removal.
const allowed: Record<MembershipStatus, MembershipStatus[]> = {
  active: ["suspended", "removed"],
  suspended: ["active", "removed"],
  removed: [],
};

const told = (name: string, status: MembershipStatus, action: MembershipAction) => {
  const ground = action.ground ? ` on the ground of ${membershipGroundNames[action.ground]}` : "";
  const title =
    status === "active"
      ? `${name}'s suspension from the dynamic market has been lifted`
      : `${name} has been ${status} from the dynamic market`;
  const body =
    status === "active"
      ? `Your organisation may bid again. Reason: ${action.reason}`
      : `A framework administrator ${status === "suspended" ? "suspended" : "removed"} your organisation${ground}. While ${status}, it cannot bid or be awarded contracts. Reason: ${action.reason}`;
  return { title, body };
};

/**
 * Suspends, removes or reinstates a supplier: its membership (only from the status read), the notice
 * to it (in the portal and by e-mail to its administrators) and the audit event, in one transaction.
 */
export const changeMembership = async (
  actor: Principal,
  organisationId: string,
  action: MembershipAction,
): Promise<Membership> => {
  const current = await findMembership(organisationId);
  const status = next[action.action];
  // Reinstating a supplier that is active already changes nothing: answered as it stands, like a retry.
  if (status === "active" && current.status === "active") return current;
  if (!allowed[current.status].includes(status)) {
    throw ruleBroken(
      current.status === "removed"
        ? "This supplier has been removed from the dynamic market; it must apply again to rejoin."
        : `This supplier is already ${current.status}.`,
    );
  }
  const at = now().toISOString();
  const stored: Stored = {
    status,
    ...(action.ground && status !== "active" ? { ground: action.ground } : {}),
    reason: action.reason,
    at,
  };
  const message = told(current.organisationName, status, action);
  const emails = await organisationEmails(organisationId, "contract");
  try {
    await transact([
      {
        Update: {
          TableName: tableName(),
          Key: accountKeys.organisation(organisationId),
          UpdateExpression: "SET membership = :m",
          ConditionExpression:
            current.status === "active"
              ? "frameworkStatus = :admitted AND (attribute_not_exists(membership) OR membership.#status = :was)"
              : "frameworkStatus = :admitted AND membership.#status = :was",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: { ":m": stored, ":admitted": "admitted", ":was": current.status },
        },
      },
      {
        Put: {
          TableName: tableName(),
          Item: membershipChangeKind.item({ organisationId, at }, { organisationId, status, at }),
        },
      },
      ...notificationItems({ organisationId }, { ...message, href: "/framework/membership" }),
      ...(emails.length ? [outboxPut({ to: emails, subject: message.title, body: message.body })] : []),
      auditPut(actor, {
        entityType: "organisation",
        entityId: organisationId,
        action: `framework-membership-${action.action}`,
        fromState: current.status,
        toState: status,
        details: { ...(action.ground ? { ground: action.ground } : {}) },
      }),
    ]);
  } catch (error) {
    if (failedConditions(error)) {
      throw conflict(
        "Someone else changed this supplier's membership since you loaded it. Reload and try again.",
      );
    }
    throw error;
  }
  return { ...current, ...stored };
};
