import { IdempotencyConfig } from "@aws-lambda-powertools/idempotency";
import { DynamoDBPersistenceLayer } from "@aws-lambda-powertools/idempotency/dynamodb";
import { makeHandlerIdempotent } from "@aws-lambda-powertools/idempotency/middleware";
import type middy from "@middy/core";
import { config } from "../../config.ts";
import { dynamoClient } from "../../data/dynamo.ts";
import type { ApiEvent, ApiResult } from "../api-event.ts";
import { invalid } from "../problems.ts";

let persistence: DynamoDBPersistenceLayer | undefined;

const store = () => {
  persistence ??= new DynamoDBPersistenceLayer({
    tableName: config().idempotencyTableName,
    awsSdkV3Client: dynamoClient(),
  });
  return persistence;
};

/**
 * Idempotency for POSTs that create (Powertools): the key is the caller plus their Idempotency-Key
 * header, scoped per function; a retry replays the first response, the same key with a different body
 * is refused. Without the header the request is simply not deduplicated.
 */
export const idempotency = (): middy.MiddlewareObj<ApiEvent, ApiResult>[] => {
  const scope: middy.MiddlewareObj<ApiEvent, ApiResult> = {
    before: (request) => {
      const key = request.event.headers["idempotency-key"];
      if (key === undefined) return;
      if (!/^[A-Za-z0-9_-]{8,128}$/.test(key)) {
        throw invalid([
          {
            path: "headers.idempotency-key",
            message: "Idempotency-Key must be 8 to 128 letters, digits, - or _",
          },
        ]);
      }
      request.event.idempotencyScope = { userId: request.event.principal?.userId ?? "anonymous", key };
    },
  };
  const powertools = makeHandlerIdempotent({
    persistenceStore: store(),
    config: new IdempotencyConfig({
      eventKeyJmesPath: "idempotencyScope",
      payloadValidationJmesPath: "body",
      throwOnNoIdempotencyKey: false,
      expiresAfterSeconds: 24 * 60 * 60,
    }),
  }) as unknown as middy.MiddlewareObj<ApiEvent, ApiResult>;
  // On a failed request Powertools deletes its in-progress record; when the store is unreachable that
  // delete fails too and, thrown from onError, would skip the problem mapping and leave as a bare 500.
  // The original error is what the client must see (503); the record, if any, expires by itself.
  const releaseOnError: middy.MiddlewareObj<ApiEvent, ApiResult> = {
    ...powertools,
    onError: async (request) => {
      try {
        await powertools.onError?.(request);
      } catch {
        // keep request.error: problemResponses maps it
      }
    },
  };
  return [scope, releaseOnError];
};
