import { crossFieldErrors } from "#shared/opportunities/rules.ts";
import { idempotentHandler } from "../platform/http/idempotent-handler.ts";
import { invalid } from "../platform/http/problems.ts";
import { present } from "./present.ts";
import { createOpportunity } from "./repository.ts";
import { createOpportunityRoute } from "./routes.ts";

/** A commissioner starts a draft in regions they commission. */
export const handler = idempotentHandler(createOpportunityRoute, async ({ principal, body }) => {
  const outside = body.regionIds.findIndex((r) => !principal.regions.includes(r));
  const errors = [
    ...(outside >= 0
      ? [{ path: `regionIds.${outside}`, message: "You can only commission in your own regions" }]
      : []),
    ...crossFieldErrors(body),
  ];
  if (errors.length) throw invalid(errors);
  return present(principal, await createOpportunity(principal, body));
});
