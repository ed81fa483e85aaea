import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { monotonicFactory } from "ulid";
import type { InvitationSummary } from "#shared/accounts/people.ts";
import { now } from "../platform/clock.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import type { TransactItem } from "../platform/data/transact.ts";
import { HttpProblem, notFound } from "../platform/http/problems.ts";
import { invitationKind } from "./items.ts";

const ulid = monotonicFactory();
const dayMs = 24 * 60 * 60 * 1000;
/** How long an invitation link works, by the portal clock. */
export const invitationLifetimeDays = 7;

/** Where an invitation leads: a provider organisation (by id) or the probation staff. */
export const staffInto = "staff";

/** An invitation as stored: the secret of its link only as a hash. */
export interface Invitation extends InvitationSummary {
  into: string;
  intoName: string;
  invitedById: string;
  status: "pending" | "accepted" | "revoked";
  tokenHash: string;
  createdAt: string;
  version: number;
}

const hashOf = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** A fresh link secret and the token the e-mail carries (`<invitationId>.<secret>`). */
const newSecret = (id: string) => {
  const secret = randomBytes(32).toString("base64url");
  return { token: `${id}.${secret}`, tokenHash: hashOf(secret) };
};

/** The summary an administrator sees (no hash, no bookkeeping). */
export const summaryOf = (i: Invitation): InvitationSummary => ({
  id: i.id,
  name: i.name,
  email: i.email,
  roles: i.roles,
  invitedBy: i.invitedBy,
  expiresAt: i.expiresAt,
  ...(i.staff ? { staff: i.staff } : {}),
});

/** A new pending invitation and its link's token (the token is never stored). */
export const newInvitation = (
  input: Pick<Invitation, "into" | "intoName" | "name" | "email" | "roles" | "staff">,
  by: { userId: string; name: string },
): { invitation: Invitation; token: string } => {
  const id = ulid(now().getTime());
  const { token, tokenHash } = newSecret(id);
  const at = now();
  return {
    token,
    invitation: {
      ...input,
      id,
      invitedBy: by.name,
      invitedById: by.userId,
      status: "pending",
      tokenHash,
      createdAt: at.toISOString(),
      expiresAt: new Date(at.getTime() + invitationLifetimeDays * dayMs).toISOString(),
      version: 1,
    },
  };
};

/** The transaction item that stores a new invitation. */
export const invitationPut = (i: Invitation): TransactItem => ({
  Put: {
    TableName: tableName(),
    Item: invitationKind.item(i, i),
    ConditionExpression: "attribute_not_exists(pk)",
  },
});

/** Reads an invitation by id, or undefined. */
export const findInvitation = async (id: string): Promise<Invitation | undefined> => {
  const result = await db().send(
    new GetCommand({ TableName: tableName(), Key: invitationKind.key({ id }), ConsistentRead: true }),
  );
  return result.Item ? withoutKeys<Invitation>(result.Item) : undefined;
};

/** The pending invitations into an organisation (or the staff), oldest first. */
export const listPendingInvitations = async (into: string): Promise<Invitation[]> => {
  const page = await queryPage<Record<string, unknown>>({
    index: "gsi1",
    partition: invitationKind.gsi1.pk({ into }),
    limit: 100,
  });
  return page.items.map((i) => withoutKeys<Invitation>(i));
};

/** 410: the link worked once but no longer does; the page says why and what to do. */
const gone = (detail: string) => new HttpProblem(410, "This invitation link no longer works", detail);

/**
 * The pending invitation a link names, or a clear refusal: 404 for a link that never worked, 410
 * for one that was used, revoked, replaced by a newer one or has expired (by the portal clock).
 */
export const invitationForToken = async (token: string): Promise<Invitation> => {
  const [id, secret] = token.split(".");
  const unknown = notFound(
    "We could not find this invitation. Check you copied the whole link from the e-mail.",
  );
  if (!id || !secret) throw unknown;
  const invitation = await findInvitation(id);
  if (!invitation) throw unknown;
  const expected = Buffer.from(invitation.tokenHash, "hex");
  const actual = Buffer.from(hashOf(secret), "hex");
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    throw gone("A newer invitation has been sent to you. Use the link in the most recent e-mail.");
  }
  if (invitation.status === "accepted") {
    throw gone("This invitation has already been used. Sign in with the e-mail address it was sent to.");
  }
  if (invitation.status === "revoked") {
    throw gone(`This invitation was withdrawn. Ask ${invitation.invitedBy} if you still need access.`);
  }
  if (Date.parse(invitation.expiresAt) <= now().getTime()) {
    throw gone(`This invitation has expired. Ask ${invitation.invitedBy} to send you a new one.`);
  }
  return invitation;
};

/** Replaces a pending invitation's secret (the old link stops working) and restarts its 7 days. */
export const resendUpdate = (i: Invitation): { token: string; item: TransactItem; expiresAt: string } => {
  const { token, tokenHash } = newSecret(i.id);
  const expiresAt = new Date(now().getTime() + invitationLifetimeDays * dayMs).toISOString();
  return {
    token,
    expiresAt,
    item: {
      Update: {
        TableName: tableName(),
        Key: invitationKind.key(i),
        UpdateExpression: "SET tokenHash = :hash, expiresAt = :expires, version = :next",
        ConditionExpression: "#status = :pending AND version = :version",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: {
          ":hash": tokenHash,
          ":expires": expiresAt,
          ":next": i.version + 1,
          ":pending": "pending",
          ":version": i.version,
        },
      },
    },
  };
};

/** Moves a pending invitation to accepted or revoked (and out of the pending list), once. */
export const closeUpdate = (i: Invitation, status: "accepted" | "revoked"): TransactItem => ({
  Update: {
    TableName: tableName(),
    Key: invitationKind.key(i),
    UpdateExpression: "SET #status = :status, closedAt = :at, version = :next REMOVE gsi1pk, gsi1sk",
    ConditionExpression: "#status = :pending AND version = :version AND tokenHash = :hash",
    ExpressionAttributeNames: { "#status": "status" },
    ExpressionAttributeValues: {
      ":status": status,
      ":at": now().toISOString(),
      ":next": i.version + 1,
      ":pending": "pending",
      ":version": i.version,
      ":hash": i.tokenHash,
    },
  },
});
