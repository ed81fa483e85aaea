import { addWorkingDays } from "#shared/time/index.ts";
import { tableName } from "../platform/data/dynamo.ts";
import type { TransactItem } from "../platform/data/transact.ts";
import { evaluationStateKey, type EvaluationRecord } from "./repository.ts";

/** Standstill under the Procurement Act 2023: 8 working days from the contract award notice's publication. */
export const standstillWorkingDays = 8;

/** When standstill ends for an award notice published at `publishedAt` (bank holidays are not working days). */
export const standstillEnd = (publishedAt: Date): string =>
  addWorkingDays(publishedAt, standstillWorkingDays).toISOString();

/**
 * Inside the award notice's publishing transaction: starts standstill on the evaluation record, only
 * if the competition is still awarded, at the version read, and its standstill has not started.
 */
export const standstillStartItem = (record: EvaluationRecord, endsAt: string): TransactItem => ({
  Update: {
    TableName: tableName(),
    Key: evaluationStateKey(record.opportunityId),
    UpdateExpression: "SET standstillEndsAt = :ends, version = :next",
    ConditionExpression:
      "version = :version AND #state = :standstill AND attribute_not_exists(standstillEndsAt)",
    ExpressionAttributeNames: { "#state": "state" },
    ExpressionAttributeValues: {
      ":ends": endsAt,
      ":next": record.version + 1,
      ":version": record.version,
      ":standstill": "standstill",
    },
  },
});
