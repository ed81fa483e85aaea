import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { tableName } from "../platform/data/dynamo.ts";
import { failedConditions, type TransactItem, transact } from "../platform/data/transact.ts";
import { httpHandler, withStatus } from "../platform/http/handler.ts";
import { conflict, HttpProblem } from "../platform/http/problems.ts";
import { identityDirectory, LoginTaken } from "./identity/index.ts";
import { closeUpdate, type Invitation, invitationForToken } from "./invitations.ts";
import { membershipItem } from "./members.ts";
import { acceptInvitationRoute } from "./people-routes.ts";
import { accountKeys } from "./repository.ts";
import { staffItems } from "./staff.ts";

/** The Cognito group and custom attributes the person's tokens will carry. */
const identityOf = (i: Invitation): { group: string; attributes: Record<string, string> } =>
  i.staff
    ? {
        group: i.staff.role,
        attributes: {
          "custom:regions": i.staff.regions.join(","),
          "custom:frameworkAdmin": String(i.staff.frameworkAdmin),
          ...(i.staff.pdu ? { "custom:pdu": i.staff.pdu } : {}),
        },
      }
    : { group: "provider", attributes: { "custom:organisationId": i.into } };

/** What the portal stores for the new person: their profile and their membership (or staff record). */
const personItems = (i: Invitation, userId: string, name: string, at: string): TransactItem[] => {
  const profile = {
    ...accountKeys.user(userId),
    id: userId,
    name,
    email: i.email,
    role: i.staff ? i.staff.role : "provider",
    regions: i.staff?.regions ?? [],
    frameworkAdmin: i.staff?.frameworkAdmin ?? false,
    ...(i.staff?.pdu ? { pdu: i.staff.pdu } : {}),
    ...(i.staff ? {} : { organisationId: i.into }),
  };
  const put = (Item: Record<string, unknown>): TransactItem => ({ Put: { TableName: tableName(), Item } });
  return [
    put(profile),
    ...(i.staff
      ? staffItems({ userId, name, email: i.email, ...i.staff, version: 1 }).map(put)
      : [
          put(
            membershipItem({
              userId,
              name,
              email: i.email,
              organisationId: i.into,
              roles: i.roles as never,
              version: 1,
              joinedAt: at,
            }),
          ),
        ]),
  ];
};

/**
 * The invitee accepts: the sign-in account is created in the identity directory, then the invitation
 * is closed and the person stored in one transaction conditional on the invitation still being the
 * same pending one, so a link works once. If that transaction loses a race the new account is disabled.
 */
export const handler = httpHandler(acceptInvitationRoute, async ({ params, body }) => {
  const invitation = await invitationForToken(params.token);
  const directory = identityDirectory();
  let userId: string;
  try {
    userId = await directory.createUser({
      email: invitation.email,
      name: body.name,
      password: body.password,
      ...identityOf(invitation),
    });
  } catch (error) {
    if (error instanceof LoginTaken) {
      throw conflict(`There is already an account for ${invitation.email}. Sign in with it instead.`);
    }
    throw error;
  }
  const at = now().toISOString();
  const actor = {
    userId,
    name: body.name,
    role: invitation.staff ? invitation.staff.role : ("provider" as const),
    regions: [],
    frameworkAdmin: false,
  };
  try {
    await transact([
      closeUpdate(invitation, "accepted"),
      ...personItems(invitation, userId, body.name, at),
      auditPut(actor, {
        entityType: "invitation",
        entityId: invitation.id,
        action: "invitation-accepted",
        fromState: "pending",
        toState: "accepted",
      }),
    ]);
  } catch (error) {
    await directory.disable(userId, invitation.email);
    if (failedConditions(error)) {
      throw new HttpProblem(
        410,
        "This invitation link no longer works",
        "This invitation has already been used or withdrawn.",
      );
    }
    throw error;
  }
  return withStatus(201, { email: invitation.email, userId });
});
