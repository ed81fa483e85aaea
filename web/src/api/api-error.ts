import type { FieldError, Problem } from "#shared/http/problem.ts";

/** An API call that failed: the HTTP status and, for 400s, one message per invalid field. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  /** Field path (e.g. `organisation.name`) → a message written for a person. */
  readonly fieldErrors: Record<string, string>;
  readonly problem: Problem | undefined;
  /** The broken rule the API named (the last part of the problem's type, when it is not a status). */
  readonly rule: string | undefined;

  constructor(status: number, problem?: Problem) {
    super(problem?.title ?? `Request failed with status ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.title = problem?.title ?? "Request failed";
    this.detail = problem?.detail;
    this.problem = problem;
    const last = problem?.type.split("/").pop();
    this.rule = last && !/^\d+$/.test(last) ? last : undefined;
    this.fieldErrors = {};
    for (const error of problem?.errors ?? []) {
      // The first message for a field is the one to show next to it.
      this.fieldErrors[error.path] ??= error.message;
    }
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

const isFieldError = (value: unknown): value is FieldError =>
  isRecord(value) && typeof value.path === "string" && typeof value.message === "string";

/**
 * Whether an error body is RFC 9457 problem details. Checked by hand rather than with the shared zod
 * schema, which would put zod on every page: an error can come from something in front of the API (a
 * WAF block, a gateway timeout) whose body is not ours, and then only the status is kept.
 */
export function isProblem(value: unknown): value is Problem {
  return (
    isRecord(value) &&
    typeof value.type === "string" &&
    typeof value.title === "string" &&
    Number.isInteger(value.status) &&
    (value.detail === undefined || typeof value.detail === "string") &&
    (value.errors === undefined || (Array.isArray(value.errors) && value.errors.every(isFieldError)))
  );
}

/** Builds an ApiError from a failed response, reading its problem+json body when there is one. */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  let problem: Problem | undefined;
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("json")) {
    try {
      const body: unknown = await response.json();
      if (isProblem(body)) problem = body;
    } catch {
      // Not JSON after all: keep the status only.
    }
  }
  return new ApiError(response.status, problem);
}
