import { publishErrors } from "#shared/opportunities/rules.ts";
import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { requireAllowed } from "../evaluation/index.ts";
import { requireMarketOpen } from "../framework/index.ts";
import { invalid } from "../platform/http/problems.ts";
import { commissionedOpportunity } from "./access.ts";
import { present } from "./present.ts";
import { saveOpportunity } from "./repository.ts";
import { publishOpportunityRoute } from "./routes.ts";

/** Publishes a complete draft; every missing or broken field is listed at once. */
export const handler = httpHandler(publishOpportunityRoute, async ({ principal, params, body }) => {
  const before = await commissionedOpportunity(principal, params.opportunityId);
  // A draft has no evaluation: the competition's machine decides from the opportunity alone.
  requireAllowed(before, undefined, "publish");
  // Call-offs are competitions under the dynamic market: none starts once it has ceased (issue 20).
  await requireMarketOpen("publishes new call-off competitions");
  const errors = publishErrors(before, now());
  if (errors.length)
    throw invalid(errors, "The opportunity is not ready to publish. Complete the fields listed.");
  const saved = await saveOpportunity(
    principal,
    before,
    { state: "published", publishedAt: now().toISOString() },
    body.version,
    { action: "opportunity-published", fromState: "draft", toState: "published" },
  );
  return present(principal, saved);
});
