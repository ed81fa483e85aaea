import type { Principal } from "#shared/auth/principal.ts";
import type { EvaluationState } from "#shared/evaluation/evaluation.ts";
import { type AuditInput, auditPut } from "../platform/data/audit.ts";
import { tableName } from "../platform/data/dynamo.ts";
import { failedConditions, type TransactItem, transact } from "../platform/data/transact.ts";
import { conflict } from "../platform/http/problems.ts";
import { evaluationStateKind } from "./items.ts";

/** The audit item of an evaluation change, for the same transaction as the change. */
export const audit = (
  actor: Principal,
  opportunityId: string,
  input: Omit<AuditInput, "entityType" | "entityId">,
) => auditPut(actor, { entityType: "evaluation", entityId: opportunityId, ...input });

/** A check, inside a transaction, that the evaluation is still in the given state. */
export const stillIn = (opportunityId: string, state: EvaluationState): TransactItem => ({
  ConditionCheck: {
    TableName: tableName(),
    Key: evaluationStateKind.key({ opportunityId }),
    ConditionExpression: "#state = :state",
    ExpressionAttributeNames: { "#state": "state" },
    ExpressionAttributeValues: { ":state": state },
  },
});

/** Runs a transaction; a failed condition on `conflictAt` becomes 409 with `message`. */
export const write = async (items: TransactItem[], message?: string, conflictAt = 0) => {
  try {
    await transact(items);
  } catch (error) {
    const failed = failedConditions(error);
    if (failed?.includes(conflictAt)) throw conflict(message);
    if (failed) throw conflict();
    throw error;
  }
};
