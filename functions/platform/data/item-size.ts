import type { Pluggable } from "@smithy/types";
import { invalid } from "../http/problems.ts";

/**
 * DynamoDB refuses an item over 400 KB. Request schemas bound every string and array so no request
 * should get near it; this is the net under them (text in multi-byte characters, a field added
 * without a bound): a write that could not fit is a 400 the person can act on, never a 500.
 * JSON's quotes and commas make the estimate a little larger than DynamoDB's own count.
 */
export const maxItemBytes = 380_000;

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value ?? null), "utf8");

type WriteInput = {
  Item?: unknown;
  ExpressionAttributeValues?: unknown;
  TransactItems?: { Put?: { Item?: unknown }; Update?: { ExpressionAttributeValues?: unknown } }[];
  RequestItems?: Record<string, { PutRequest?: { Item?: unknown } }[]>;
};

/** The largest item (or update's values) a write would send. */
export const largestWrite = (input: WriteInput): number => {
  const sizes = [
    input.Item,
    input.ExpressionAttributeValues,
    ...(input.TransactItems ?? []).flatMap((t) => [t.Put?.Item, t.Update?.ExpressionAttributeValues]),
    ...Object.values(input.RequestItems ?? {}).flatMap((requests) =>
      Array.isArray(requests) ? requests.map((r) => r.PutRequest?.Item) : [],
    ),
  ]
    .filter((v) => v !== undefined)
    .map(bytes);
  return Math.max(0, ...sizes);
};

/** Refuses, before it is sent, a write whose item could not fit in DynamoDB. */
export const itemSizeGuard = <I extends object, O extends object>(): Pluggable<I, O> => ({
  applyToStack: (stack) => {
    stack.add(
      (next) => async (args) => {
        if (largestWrite(args.input as WriteInput) > maxItemBytes) {
          throw invalid(
            [
              {
                path: "body",
                message: "This is too long to save. Shorten the longest answers and try again.",
              },
            ],
            "This is too long to save. Shorten the longest answers and try again.",
          );
        }
        return next(args);
      },
      { step: "initialize", name: "portalItemSizeGuard", priority: "high" },
    );
  },
});
