import { fieldRuleErrors } from "#shared/opportunities/rules.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { invalid, ruleBroken } from "../platform/http/problems.ts";
import { commissionedOpportunity } from "./access.ts";
import { present } from "./present.ts";
import { saveOpportunity } from "./repository.ts";
import { updateOpportunityRoute } from "./routes.ts";

/**
 * Saves a draft: each field by its own rules, so an unfinished draft is kept; the rules between fields (weights,
 * deadlines in order) wait for publishing. Once published only the deadlines can change (by extension).
 */
export const handler = httpHandler(updateOpportunityRoute, async ({ principal, params, body }) => {
  const before = await commissionedOpportunity(principal, params.opportunityId);
  if (before.state !== "draft") {
    throw ruleBroken("Only drafts can be edited. A published opportunity's deadlines can be extended.");
  }
  const { version, ...changes } = body;
  const merged = { ...before, ...changes };
  const outside = merged.regionIds.findIndex((r) => !principal.regions.includes(r));
  const errors = [
    ...(outside >= 0
      ? [{ path: `regionIds.${outside}`, message: "You can only commission in your own regions" }]
      : []),
    ...fieldRuleErrors(merged),
  ];
  if (errors.length) throw invalid(errors);
  const saved = await saveOpportunity(principal, before, changes, version, {
    action: "opportunity-edited",
    fromState: "draft",
    toState: "draft",
    details: { fields: Object.keys(changes).sort().join(",") },
  });
  return present(principal, saved);
});
