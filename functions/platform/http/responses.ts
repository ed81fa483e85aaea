import type { ApiResult } from "./api-event.ts";
import type { HttpProblem } from "./problems.ts";

const baseHeaders = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  // JSON is never a page: it may load nothing and be framed by nobody, even when reached without CloudFront.
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
};

/** A JSON response; API responses are never cached because most carry data only their reader may see. */
export const jsonResponse = (
  statusCode: number,
  body: unknown,
  headers: Record<string, string> = {},
): ApiResult => ({
  statusCode,
  headers: { ...baseHeaders, "content-type": "application/json; charset=utf-8", ...headers },
  body: body === undefined ? "" : JSON.stringify(body),
});

/** A text response (e.g. a CSV download), never cached. */
export const textResponse = (
  statusCode: number,
  body: string,
  contentType: string,
  headers: Record<string, string> = {},
): ApiResult => ({
  statusCode,
  headers: { ...baseHeaders, "content-type": `${contentType}; charset=utf-8`, ...headers },
  body,
});

/** An RFC 9457 problem response. */
export const problemResponse = (problem: HttpProblem): ApiResult => ({
  statusCode: problem.status,
  headers: {
    ...baseHeaders,
    "content-type": "application/problem+json",
    ...(problem.retryAfterSeconds === undefined ? {} : { "retry-after": String(problem.retryAfterSeconds) }),
  },
  body: JSON.stringify(problem.toProblem()),
});
