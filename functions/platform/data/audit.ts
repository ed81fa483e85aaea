import { PutCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { monotonicFactory } from "ulid";
import type { AuditEvent } from "#shared/audit/audit-event.ts";
import type { Principal } from "#shared/auth/principal.ts";
import { now } from "../clock.ts";
import { defineItem } from "./define-item.ts";
import { db, tableName } from "./dynamo.ts";

type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];
const ulid = monotonicFactory();

/** An audit event: in its entity's trail, newest last; gsi1 is the actor's trail. Never updated. */
export const auditEventKind = defineItem({
  type: "audit-event",
  pk: (e: { entityType: string; entityId: string }) => `AUDIT#${e.entityType}#${e.entityId}`,
  sk: (e: { at: string; id: string }) => `${e.at}#${e.id}`,
  gsi1: {
    pk: (e: { actor: { userId: string } }) => `AUDIT_BY#${e.actor.userId}`,
    sk: (e: { at: string; id: string }) => `${e.at}#${e.id}`,
  },
});

/** The partitions of audit trails: per entity and per actor. */
export const auditKeys = {
  trail: (entityType: string, entityId: string) => auditEventKind.pk({ entityType, entityId }),
  byActor: (userId: string) => auditEventKind.gsi1.pk({ actor: { userId } }),
};

export interface AuditInput {
  entityType: string;
  entityId: string;
  action: string;
  fromState?: string;
  toState?: string;
  details?: AuditEvent["details"];
}

/** Builds the audit event for a change made by `actor`. */
export const auditEvent = (actor: Principal, input: AuditInput): AuditEvent => ({
  id: ulid(now().getTime()),
  ...input,
  actor: {
    userId: actor.userId,
    name: actor.name,
    role: actor.role,
    ...(actor.organisationId ? { organisationId: actor.organisationId } : {}),
  },
  at: now().toISOString(),
});

/**
 * The transaction item that appends an audit event. It goes into the same TransactWriteItems as the
 * change it records, so a change without its audit event (or the reverse) cannot happen. No API
 * updates or deletes these items.
 */
export const auditPut = (actor: Principal, input: AuditInput): TransactItem => {
  const event = auditEvent(actor, input);
  return {
    Put: {
      TableName: tableName(),
      Item: auditEventKind.item(event, event),
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
};

/**
 * Appends an audit event on its own, for a change that writes nothing else (a read of personal data):
 * one conditional put, because a one-item transaction costs twice the capacity and a second round of
 * DynamoDB's transaction protocol for the same all-or-nothing guarantee.
 */
export const appendAudit = async (actor: Principal, input: AuditInput): Promise<void> => {
  const { Put } = auditPut(actor, input);
  await db().send(new PutCommand(Put!));
};
