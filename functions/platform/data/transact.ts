import { TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { db } from "./dynamo.ts";

export type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/** Which items of a cancelled transaction failed their condition (by position), or undefined if none did. */
export const failedConditions = (error: unknown): number[] | undefined => {
  const e = error as { name?: string; CancellationReasons?: { Code?: string }[] };
  if (e.name !== "TransactionCanceledException") return undefined;
  const failed = (e.CancellationReasons ?? []).flatMap((r, i) =>
    r.Code === "ConditionalCheckFailed" ? [i] : [],
  );
  return failed.length ? failed : undefined;
};

/** Writes several items all-or-nothing: a state change and its audit event always land together. */
export const transact = async (items: TransactItem[]): Promise<void> => {
  await db().send(new TransactWriteCommand({ TransactItems: items }));
};
