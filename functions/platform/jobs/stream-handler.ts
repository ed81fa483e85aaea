import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import { logger } from "../observability/logger.ts";
import { recordJobRun } from "../observability/metrics.ts";

/** One change to one item, with its images as plain values. */
export interface ItemChange {
  eventName: "INSERT" | "MODIFY" | "REMOVE";
  keys: { pk: string; sk: string };
  newImage?: Record<string, unknown>;
  oldImage?: Record<string, unknown>;
  sequenceNumber: string;
}

const image = (value: unknown) => (value ? unmarshall(value as Record<string, AttributeValue>) : undefined);

/** The plain form of a stream record. */
export const toItemChange = (record: DynamoDBRecord): ItemChange => {
  const keys = unmarshall(
    (record.dynamodb?.Keys ?? {}) as Record<string, AttributeValue>,
  ) as ItemChange["keys"];
  const newImage = image(record.dynamodb?.NewImage);
  const oldImage = image(record.dynamodb?.OldImage);
  return {
    eventName: record.eventName ?? "MODIFY",
    keys,
    ...(newImage ? { newImage } : {}),
    ...(oldImage ? { oldImage } : {}),
    sequenceNumber: record.dynamodb?.SequenceNumber ?? "",
  };
};

/**
 * A stream consumer's Lambda handler: hands each change to `handle` in order and, when one fails,
 * reports it and everything after it as failed so the event source retries from there (partial batch
 * responses). Logs name the item key and error only, never an image (images hold personal data).
 * Each batch records the metrics of `job` (its name in the job table).
 */
export const streamHandler =
  (handle: (change: ItemChange) => Promise<void>, job: string) =>
  async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    const started = performance.now();
    const done = (processed: number) =>
      recordJobRun(job, {
        durationMs: Math.round(performance.now() - started),
        processed,
        failed: event.Records.length - processed,
      });
    for (const [index, record] of event.Records.entries()) {
      try {
        await handle(toItemChange(record));
      } catch (error) {
        logger.error("Stream change failed; the batch is retried from it", {
          key: record.dynamodb?.Keys
            ? unmarshall(record.dynamodb.Keys as Record<string, AttributeValue>)
            : undefined,
          error: (error as Error).name,
        });
        done(index);
        return {
          batchItemFailures: event.Records.slice(index).map((r) => ({
            itemIdentifier: r.dynamodb?.SequenceNumber ?? "",
          })),
        };
      }
    }
    done(event.Records.length);
    return { batchItemFailures: [] };
  };
