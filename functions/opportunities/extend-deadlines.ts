import type { FieldError } from "#shared/http/problem.ts";
import { opportunityStatus } from "#shared/opportunities/rules.ts";
import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { invalid, ruleBroken } from "../platform/http/problems.ts";
import { commissionedOpportunity } from "./access.ts";
import { present } from "./present.ts";
import { saveOpportunity } from "./repository.ts";
import { extendDeadlinesRoute } from "./routes.ts";

/** Extends the deadlines of an open opportunity. Shortening would be unfair to bidders, so it is refused. */
export const handler = httpHandler(extendDeadlinesRoute, async ({ principal, params, body }) => {
  const before = await commissionedOpportunity(principal, params.opportunityId);
  if (opportunityStatus(before, now()) !== "open") {
    throw ruleBroken("Only an open opportunity's deadlines can be extended.");
  }
  const clarification = body.clarificationDeadline ?? before.clarificationDeadline!;
  const errors: FieldError[] = [];
  if (Date.parse(body.submissionDeadline) < Date.parse(before.submissionDeadline!)) {
    errors.push({
      path: "submissionDeadline",
      message: "The submission deadline can be extended, never brought forward",
    });
  }
  if (Date.parse(clarification) < Date.parse(before.clarificationDeadline!)) {
    errors.push({
      path: "clarificationDeadline",
      message: "The clarification deadline can be extended, never brought forward",
    });
  }
  if (Date.parse(clarification) >= Date.parse(body.submissionDeadline)) {
    errors.push({
      path: "clarificationDeadline",
      message: "The clarification deadline must be before the submission deadline",
    });
  }
  if (errors.length) throw invalid(errors);
  const saved = await saveOpportunity(
    principal,
    before,
    { clarificationDeadline: clarification, submissionDeadline: body.submissionDeadline },
    body.version,
    {
      action: "opportunity-deadlines-extended",
      fromState: "published",
      toState: "published",
      details: { submissionDeadline: body.submissionDeadline },
    },
  );
  return present(principal, saved);
});
