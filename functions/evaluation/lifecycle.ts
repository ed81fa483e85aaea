import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Principal } from "#shared/auth/principal.ts";
import {
  type CompetitionAction,
  type CompetitionFacts,
  type CompetitionLifecycle,
  competitionStage,
  decide,
} from "#shared/competition/lifecycle.ts";
import { opportunityChangeItems, opportunityKeys, type StoredOpportunity } from "../opportunities/index.ts";
import { now } from "../platform/clock.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import type { TransactItem } from "../platform/data/transact.ts";
import { ruleBroken } from "../platform/http/problems.ts";
import { type EvaluationRecord, evaluationAudit, evaluationStateKey, recordPut } from "./repository.ts";

/**
 * The write side of the competition's one life cycle (ADR "one life cycle per competition"). The state is held by two items — the
 * opportunity's details and its evaluation record — so every transition is one transaction that writes
 * the item it changes and is conditioned on the other being exactly as read: two racing decisions
 * (award ∥ cancel) cannot both land.
 */

/** The facts the shared machine reads, from the two stored items. */
export const competitionFacts = (
  opportunity: Pick<StoredOpportunity, "state" | "submissionDeadline">,
  record: Pick<EvaluationRecord, "state" | "standstillEndsAt"> | undefined,
): CompetitionFacts => ({
  opportunityState: opportunity.state,
  submissionDeadline: opportunity.submissionDeadline,
  evaluationState: record?.state,
  standstillEndsAt: record?.standstillEndsAt,
});

/** 422 with the machine's reason unless `action` may happen now. */
export const requireAllowed = (
  opportunity: StoredOpportunity,
  record: EvaluationRecord | undefined,
  action: CompetitionAction,
) => {
  const decision = decide(competitionFacts(opportunity, record), action, now());
  if (!decision.allowed) throw ruleBroken(decision.reason);
  return decision;
};

/** Reads just the evaluation record of an opportunity (one GetItem), or undefined before a panel exists. */
export const findEvaluationRecord = async (opportunityId: string): Promise<EvaluationRecord | undefined> => {
  const result = await db().send(
    new GetCommand({ TableName: tableName(), Key: evaluationStateKey(opportunityId) }),
  );
  return result.Item ? withoutKeys<EvaluationRecord>(result.Item) : undefined;
};

/** Where the competition stands, for the opportunity's page. */
export const lifecycleOf = (
  opportunity: StoredOpportunity,
  record: EvaluationRecord | undefined,
): CompetitionLifecycle => {
  const facts = competitionFacts(opportunity, record);
  return {
    stage: competitionStage(facts, now()),
    ...(record?.standstillEndsAt ? { standstillEndsAt: record.standstillEndsAt } : {}),
    ...(record?.decidedAt ? { decidedAt: record.decidedAt } : {}),
    ...(record?.contractsCreatedAt ? { contractsCreatedAt: record.contractsCreatedAt } : {}),
    canCreateContracts: decide(facts, "create-contracts", now()).allowed,
  };
};

/** Inside a transaction: the opportunity's details are still at the version and state read. */
export const opportunityUnchanged = (opportunity: StoredOpportunity): TransactItem => ({
  ConditionCheck: {
    TableName: tableName(),
    Key: opportunityKeys.details(opportunity.id),
    ConditionExpression: "version = :version AND #state = :state",
    ExpressionAttributeNames: { "#state": "state" },
    ExpressionAttributeValues: { ":version": opportunity.version, ":state": opportunity.state },
  },
});

/** Inside a transaction: the evaluation record is still at the version read (or still absent). */
export const evaluationUnchanged = (
  opportunityId: string,
  record: EvaluationRecord | undefined,
): TransactItem => ({
  ConditionCheck: {
    TableName: tableName(),
    Key: evaluationStateKey(opportunityId),
    ...(record
      ? {
          ConditionExpression: "version = :version",
          ExpressionAttributeValues: { ":version": record.version },
        }
      : { ConditionExpression: "attribute_not_exists(pk)" }),
  },
});

/**
 * Every item of a cancellation, whichever route asks for it: the opportunity cancelled (conditioned on
 * the version read), and the evaluation — if one exists — cancelled too at the version read (else a
 * check that none has started since). Both audit trails record it. The opportunity's details come first.
 */
export const cancellationItems = (
  actor: Principal,
  opportunity: StoredOpportunity,
  record: EvaluationRecord | undefined,
  reason: string,
  expectedOpportunityVersion = opportunity.version,
): { after: StoredOpportunity; items: TransactItem[] } => {
  const at = now().toISOString();
  const { after, items } = opportunityChangeItems(
    actor,
    opportunity,
    { state: "cancelled", cancelledAt: at, cancelReason: reason },
    expectedOpportunityVersion,
    { action: "opportunity-cancelled", fromState: opportunity.state, toState: "cancelled" },
  );
  const closed = competitionStage(competitionFacts(opportunity, record), now()) === "closed";
  // Before the deadline there is nothing to evaluate: only check that no evaluation has started.
  if (!record && !closed) return { after, items: [...items, evaluationUnchanged(opportunity.id, undefined)] };
  // After it, the evaluation records the decision too (created if no panel existed), so each bidder's
  // result says the competition was cancelled and why.
  const base: EvaluationRecord = record ?? {
    opportunityId: opportunity.id,
    opportunityTitle: opportunity.title,
    leadUserId: opportunity.createdBy,
    panel: [],
    state: "evaluating",
    version: 0,
  };
  const next: EvaluationRecord = {
    ...base,
    state: "cancelled",
    decisionReason: reason,
    decidedAt: at,
    version: base.version + 1,
  };
  return {
    after,
    items: [
      ...items,
      recordPut(next, base.version),
      evaluationAudit(actor, opportunity.id, {
        action: "outcome-cancel",
        fromState: base.state,
        toState: "cancelled",
        details: { version: next.version },
      }),
    ],
  };
};
