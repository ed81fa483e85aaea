import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { type ChargedReferral, chargeCounters, chargeLineOf } from "#shared/contracts/charges.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { failedConditions, type TransactItem, transact } from "../platform/data/transact.ts";
import { type ItemChange, streamHandler } from "../platform/jobs/stream-handler.ts";
import { listTerms } from "./management-repository.ts";
import { findContract } from "./repository.ts";
import { chargeLineKind, chargesMonthKind } from "./review-items.ts";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const collided = (error: unknown) => {
  const e = error as { name?: string; CancellationReasons?: { Code?: string }[] };
  return (
    e.name === "TransactionConflictException" ||
    (e.name === "TransactionCanceledException" &&
      (e.CancellationReasons ?? []).some((r) => r.Code === "TransactionConflict"))
  );
};

/**
 * Adds a referral to its contract's charges the first time a change shows it started (initial
 * assessment attended): its line, written only if absent, and the ADDs to its month, in one
 * transaction. A redelivered or later change finds the line and adds nothing.
 */
export const countCharge = async (change: ItemChange): Promise<void> => {
  const item = change.newImage;
  if (!item || item.type !== "referral") return;
  const referral = item as unknown as ChargedReferral;
  if (!referral.assessment?.completedAt || !referral.sentAt) return;
  const contract = await findContract(referral.contractId);
  if (!contract) return;
  const line = chargeLineOf(referral, await listTerms(contract));
  if (!line) return;
  const lineKey = chargeLineKind.key(line);
  const seen = await db().send(
    new GetCommand({ TableName: tableName(), Key: lineKey, ConsistentRead: true }),
  );
  if (seen.Item) return;
  const counters = Object.entries(chargeCounters(line));
  const names: Record<string, string> = { "#type": "type", "#month": "month", "#contractId": "contractId" };
  const values: Record<string, unknown> = {
    ":type": chargesMonthKind.type,
    ":month": line.month,
    ":contractId": line.contractId,
  };
  counters.forEach(([name, n], i) => {
    names[`#n${i}`] = `n_${name}`;
    values[`:n${i}`] = n;
  });
  const items: TransactItem[] = [
    {
      Put: {
        TableName: tableName(),
        Item: chargeLineKind.item(line, line),
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
    {
      Update: {
        TableName: tableName(),
        Key: chargesMonthKind.key(line),
        UpdateExpression: `SET #type = :type, #month = :month, #contractId = :contractId ADD ${counters
          .map((_, i) => `#n${i} :n${i}`)
          .join(", ")}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
  ];
  for (let attempt = 0; ; attempt += 1) {
    try {
      await transact(items);
      return;
    } catch (error) {
      // The line is there: another delivery of this change counted it.
      if (failedConditions(error)?.includes(0)) return;
      // Another referral's start added to the same month at that moment: try again.
      if (collided(error) && attempt < 8) {
        await pause(20 * 2 ** attempt * Math.random());
        continue;
      }
      throw error;
    }
  }
};

/** The stream consumer that keeps the charges statement (job `contractCharges`). */
export const handler = streamHandler(countCharge, "contractCharges");
