import { fieldRuleErrors } from "#shared/opportunities/rules.ts";
import { idempotentHandler } from "../platform/http/idempotent-handler.ts";
import { invalid } from "../platform/http/problems.ts";
import { present } from "./present.ts";
import { createOpportunity } from "./repository.ts";
import { createOpportunityRoute } from "./routes.ts";

/** A commissioner starts a draft in regions they commission (the rules between fields wait for publishing). */
export const handler = idempotentHandler(createOpportunityRoute, async ({ principal, body }) => {
  const outside = body.regionIds.findIndex((r) => !principal.regions.includes(r));
  const errors = [
    ...(outside >= 0
      ? [{ path: `regionIds.${outside}`, message: "You can only commission in your own regions" }]
      : []),
    ...fieldRuleErrors(body),
  ];
  if (errors.length) throw invalid(errors);
  return present(principal, await createOpportunity(principal, body));
});
