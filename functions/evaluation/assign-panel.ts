import { submittedBids } from "../bids/index.ts";
import { listCommissioners } from "../accounts/index.ts";
import { opportunityUnchanged, requireAllowed } from "./lifecycle.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, invalid, ruleBroken } from "../platform/http/problems.ts";
import { evaluationFor, requireLead } from "./access.ts";
import { presentEvaluation } from "./present.ts";
import { type EvaluationRecord, loadEvaluation, savePanel } from "./repository.ts";
import { assignPanelRoute } from "./routes.ts";

/**
 * The lead names the panel from the commissioners covering the opportunity's regions. The panel can
 * change while evaluation is open, but an evaluator who has submitted scores cannot be removed.
 */
export const handler = httpHandler(assignPanelRoute, async ({ principal, params, body }) => {
  const { opportunity, data } = await evaluationFor(principal, params.opportunityId);
  requireLead(principal, opportunity);
  requireAllowed(opportunity, data.record, "evaluate");
  const before = data.record;
  if (before && before.state !== "evaluating")
    throw ruleBroken("The panel cannot change once the outcome is decided.");
  if ((before?.version ?? 0) !== body.version)
    throw conflict("The panel was changed since you loaded it. Reload and try again.");
  const candidates = (await Promise.all(opportunity.regionIds.map(listCommissioners))).flat();
  const errors = body.evaluatorIds.flatMap((id, i) =>
    candidates.some((c) => c.userId === id)
      ? []
      : [
          {
            path: `evaluatorIds.${i}`,
            message: "Select evaluators from the commissioners of this opportunity's regions",
          },
        ],
  );
  if (errors.length) throw invalid(errors);
  const removedWithScores = (before?.panel ?? []).filter(
    (m) => !body.evaluatorIds.includes(m.userId) && data.sheets.some((s) => s.evaluatorId === m.userId),
  );
  if (removedWithScores.length) {
    throw ruleBroken(
      `${removedWithScores.map((m) => m.name).join(" and ")} has already submitted scores and cannot be removed from the panel.`,
    );
  }
  const next: EvaluationRecord = {
    ...(before ?? {
      opportunityId: opportunity.id,
      opportunityTitle: opportunity.title,
      leadUserId: opportunity.createdBy,
      state: "evaluating" as const,
    }),
    panel: body.evaluatorIds.map((id) => ({
      userId: id,
      name: candidates.find((c) => c.userId === id)?.name ?? id,
    })),
    version: body.version + 1,
  };
  // Conditioned on the opportunity as read: a cancel that lands first makes this fail (409).
  await savePanel(principal, before, next, body.version, [opportunityUnchanged(opportunity)]);
  return presentEvaluation(
    principal,
    opportunity,
    await loadEvaluation(opportunity.id),
    await submittedBids(opportunity.id),
  );
});
