import { membershipBlock } from "#shared/framework/membership.ts";
import { findOrganisation } from "../accounts/index.ts";
import { bidOutcomeItems, submittedBids } from "../bids/index.ts";
import { membershipStatusOf } from "../framework/index.ts";
import { commissionedOpportunity } from "../opportunities/index.ts";
import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, invalid, ruleBroken } from "../platform/http/problems.ts";
import type { TransactItem } from "../platform/data/transact.ts";
import { requireLead } from "./access.ts";
import { cancellationItems, opportunityUnchanged, requireAllowed } from "./lifecycle.ts";
import { presentEvaluation, presentResults } from "./present.ts";
import { type EvaluationRecord, evaluationAudit, loadEvaluation, recordPut, write } from "./repository.ts";
import { decideOutcomeRoute } from "./routes.ts";

/**
 * The lead awards (standstill starts later, when the contract award notice is published), declares the competition unsuccessful, or cancels it, with a
 * reason. Award only after the deadline, once every bid is moderated, and only to bids that pass the
 * quality threshold.
 */
export const handler = httpHandler(decideOutcomeRoute, async ({ principal, params, body }) => {
  const opportunity = await commissionedOpportunity(principal, params.opportunityId);
  requireLead(principal, opportunity);
  const data = await loadEvaluation(opportunity.id);
  const before = data.record;
  requireAllowed(
    opportunity,
    before,
    body.decision === "award"
      ? "award"
      : body.decision === "unsuccessful"
        ? "declare-unsuccessful"
        : "cancel",
  );
  if ((before?.version ?? 0) !== body.version) throw conflict();
  const at = now();
  const base: EvaluationRecord = before ?? {
    opportunityId: opportunity.id,
    opportunityTitle: opportunity.title,
    leadUserId: opportunity.createdBy,
    panel: [],
    state: "evaluating",
    version: 0,
  };
  const decided = { decisionReason: body.reason, decidedAt: at.toISOString(), version: body.version + 1 };
  const bids = await submittedBids(opportunity.id);

  if (body.decision === "cancel") {
    // The same items as the opportunity's own cancel route: both halves cancelled, each as read.
    const { after, items } = cancellationItems(principal, opportunity, before, body.reason);
    await write(items);
    const record: EvaluationRecord = { ...base, ...decided, state: "cancelled" };
    return presentEvaluation(principal, after, { ...data, record }, bids);
  }

  let next: EvaluationRecord;
  const extra: TransactItem[] = [];
  if (body.decision === "award") {
    const results = presentResults(opportunity, data, bids);
    if (!results.complete) {
      throw ruleBroken(
        bids.length === 0
          ? "There are no bids to award."
          : `Every bid must be moderated before award. Waiting for ${results.awaitingModeration.map((b) => b.organisationName).join(", ")}.`,
      );
    }
    const errors = body.organisationIds.flatMap((id, i) =>
      results.ranking.some((r) => r.organisationId === id)
        ? []
        : [{ path: `organisationIds.${i}`, message: "Select bids submitted to this competition" }],
    );
    if (errors.length) throw invalid(errors);
    const failing = results.ranking.filter(
      (r) => body.organisationIds.includes(r.organisationId) && !r.passesQualityThreshold,
    );
    if (failing.length) {
      throw ruleBroken(
        `${failing.map((r) => r.organisationName).join(", ")} failed the quality threshold and cannot be awarded.`,
      );
    }
    // A supplier suspended or removed from the dynamic market since it bid cannot be awarded.
    for (const id of new Set(body.organisationIds)) {
      const organisation = await findOrganisation(id);
      const blocked = membershipBlock(organisation?.name ?? id, membershipStatusOf(organisation));
      if (blocked) throw ruleBroken(blocked, "supplier-not-active");
    }
    next = {
      ...base,
      ...decided,
      state: "standstill",
      awardedOrganisationIds: [...new Set(body.organisationIds)],
    };
  } else {
    next = { ...base, ...decided, state: "unsuccessful" };
    extra.push(
      ...bids
        .filter((b) => b.status === "submitted")
        .flatMap((b) => bidOutcomeItems(principal, b, "unsuccessful")),
    );
  }
  await write([
    recordPut(next, body.version),
    // Conditioned on the other half too: a cancel that landed first makes this decision fail.
    opportunityUnchanged(opportunity),
    evaluationAudit(principal, opportunity.id, {
      action: `outcome-${body.decision}`,
      fromState: base.state,
      toState: next.state,
      details: {
        ...(next.awardedOrganisationIds ? { awarded: next.awardedOrganisationIds.join(",") } : {}),
        ...(next.standstillEndsAt ? { standstillEndsAt: next.standstillEndsAt } : {}),
        version: next.version,
      },
    }),
    ...extra,
  ]);
  return presentEvaluation(principal, opportunity, { ...data, record: next }, bids);
});
