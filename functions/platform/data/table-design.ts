/**
 * The shape of the portal's single DynamoDB table, read by the CDK stack and by the local stack so
 * both create exactly the same table. Repositories own the meaning of the key values.
 */
export const tableDesign = {
  partitionKey: "pk",
  sortKey: "sk",
  globalIndexes: [
    { indexName: "gsi1", partitionKey: "gsi1pk", sortKey: "gsi1sk" },
    { indexName: "gsi2", partitionKey: "gsi2pk", sortKey: "gsi2sk" },
    { indexName: "gsi3", partitionKey: "gsi3pk", sortKey: "gsi3sk" },
    { indexName: "gsi4", partitionKey: "gsi4pk", sortKey: "gsi4sk" },
  ],
  /** Epoch seconds; drafts and other short-lived items expire through DynamoDB TTL. */
  timeToLiveAttribute: "expiresAt",
} as const;

/** Idempotency records live in their own table: see docs/adr/0003-idempotency-table.md. */
export const idempotencyTableDesign = {
  partitionKey: "id",
  timeToLiveAttribute: "expiration",
} as const;
