import type { FieldError, Problem } from "#shared/http/problem.ts";

/** An error that is the client's to fix or the portal's to explain: becomes a problem+json response. */
export class HttpProblem extends Error {
  /** Sent as Retry-After: when the client may usefully try again (503, 429). */
  retryAfterSeconds?: number;

  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    /** Names the broken rule, so a page can offer the next step (e.g. `conflicts-not-declared`). */
    readonly rule?: string,
  ) {
    super(detail ?? title);
    this.name = "HttpProblem";
  }

  toProblem(): Problem {
    return {
      type: `https://dynamic-framework.service.justice.gov.uk/problems/${this.rule ?? this.status}`,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

/** 400: one message per invalid field. */
export const invalid = (errors: FieldError[], detail = "Check the highlighted fields and try again.") =>
  new HttpProblem(400, "There is a problem with your request", detail, errors);

export const unauthenticated = (detail = "Sign in to continue.") =>
  new HttpProblem(401, "You need to sign in", detail);

export const forbidden = (detail = "Your role cannot do this.") =>
  new HttpProblem(403, "You do not have permission", detail);

/** 404 for missing and for "not yours": the two must look the same. */
export const notFound = (detail = "We could not find what you asked for.", rule?: string) =>
  new HttpProblem(404, "Not found", detail, undefined, rule);

export const conflict = (detail = "Someone else changed this since you loaded it. Reload and try again.") =>
  new HttpProblem(409, "Conflicting change", detail);

/** 422: the request is well formed but breaks a rule (for example a deadline has passed). */
export const ruleBroken = (detail: string, rule?: string) =>
  new HttpProblem(422, "This cannot be done", detail, undefined, rule);

/** 503: a dependency cannot be reached; always says when to try again. */
export const unavailable = (
  detail = "The service is temporarily unavailable. Try again in a moment.",
  retryAfterSeconds = 5,
) => Object.assign(new HttpProblem(503, "Service unavailable", detail), { retryAfterSeconds });
