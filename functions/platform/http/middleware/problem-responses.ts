import type middy from "@middy/core";
import { logger } from "../../observability/logger.ts";
import type { ApiEvent, ApiResult } from "../api-event.ts";
import { conflict, HttpProblem, invalid, unavailable } from "../problems.ts";
import { problemResponse } from "../responses.ts";

const networkCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);

/**
 * True when a dependency (DynamoDB, S3) could not be reached, refused for capacity or failed itself,
 * after the SDK's own adaptive retries (data/aws-http.ts): the client may retry. A timeout here is a
 * connection never established or a socket silent for seconds, not a queue under load.
 */
const isDependencyDown = (
  error: Error & { code?: string; $fault?: string; $metadata?: { httpStatusCode?: number } },
): boolean =>
  // An AWS service's own 5xx (S3 answers a HEAD without a body, so the SDK names it only "Unknown").
  error.$fault === "server" ||
  (error.$metadata?.httpStatusCode ?? 0) >= 500 ||
  networkCodes.has(error.code ?? "") ||
  networkCodes.has((error.cause as { code?: string } | undefined)?.code ?? "") ||
  [
    "TimeoutError",
    "RequestTimeout",
    "ProvisionedThroughputExceededException",
    "ThrottlingException",
    "RequestLimitExceeded",
    "ServiceUnavailable",
    "InternalServerError",
    "ResourceNotFoundException",
    "NoSuchBucket",
  ].includes(error.name);

/** Translates whatever went wrong into the problem the client should see. */
export const toProblem = (error: Error & { statusCode?: number; code?: string }): HttpProblem => {
  if (error instanceof HttpProblem) return error;
  // middy's JSON body parser reports both cases as 415; only the first is really a media-type problem.
  if (error.statusCode === 415 && error.message.includes("malformed")) {
    return invalid([{ path: "body", message: "The request body is not valid JSON" }]);
  }
  if (error.statusCode === 415) {
    return new HttpProblem(415, "Unsupported media type", "Send the request body as application/json.");
  }
  if (error.name === "ConditionalCheckFailedException") return conflict();
  if (error.name === "TransactionCanceledException") {
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
    if (reasons.some((r) => r.Code === "ConditionalCheckFailed")) return conflict();
    if (reasons.some((r) => r.Code === "TransactionConflict")) return conflict();
  }
  if (isDependencyDown(error)) return unavailable();
  return new HttpProblem(500, "Sorry, there is a problem with the service", "Try again later.");
};

/**
 * Last line of the pipeline: every error leaves as application/problem+json, never as a stack trace.
 * Unexpected errors are logged by name and message only (messages of our own code hold no personal data).
 */
export const problemResponses = (): middy.MiddlewareObj<ApiEvent, ApiResult> => ({
  onError: (request) => {
    const error = request.error as Error & { statusCode?: number };
    const problem = toProblem(error);
    if (problem.status >= 500) {
      logger.error("Request failed", {
        errorName: error.name,
        errorMessage: error.message,
        status: problem.status,
      });
    }
    request.response = problemResponse(problem);
  },
});
