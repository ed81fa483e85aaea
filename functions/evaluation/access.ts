import type { Principal } from "#shared/auth/principal.ts";
import { formatDeadline } from "#shared/time/format-deadline.ts";
import { commissionedOpportunity } from "../opportunities/index.ts";
import type { StoredOpportunity } from "../opportunities/index.ts";
import { now } from "../platform/clock.ts";
import { forbidden, notFound, ruleBroken } from "../platform/http/problems.ts";
import { type EvaluationData, loadEvaluation } from "./repository.ts";

/** The lead commissioner is the one who created the opportunity. */
export const isLead = (principal: Principal, opportunity: StoredOpportunity) =>
  principal.role === "commissioner" && opportunity.createdBy === principal.userId;

/** Whether the submission deadline has passed by the portal's clock. */
export const deadlinePassed = (opportunity: StoredOpportunity) =>
  opportunity.state !== "draft" &&
  opportunity.submissionDeadline !== undefined &&
  now().getTime() > Date.parse(opportunity.submissionDeadline);

/** 422 unless the opportunity was published and its deadline has passed. */
export const requireClosed = (opportunity: StoredOpportunity) => {
  if (opportunity.state === "draft") throw ruleBroken("This opportunity has not been published.");
  if (!deadlinePassed(opportunity)) {
    throw ruleBroken(
      `Bids cannot be evaluated or awarded until the deadline for bids has passed (${formatDeadline(opportunity.submissionDeadline!)}).`,
    );
  }
};

/** 403 unless the caller leads the opportunity's evaluation. */
export const requireLead = (principal: Principal, opportunity: StoredOpportunity) => {
  if (!isLead(principal, opportunity)) {
    throw forbidden("Only the lead commissioner, who created this opportunity, can do this.");
  }
};

/** The opportunity (commissioners of its regions only, else 404) and its evaluation items. */
export const evaluationFor = async (principal: Principal, opportunityId: string) => {
  const opportunity = await commissionedOpportunity(principal, opportunityId);
  const data = await loadEvaluation(opportunity.id);
  return { opportunity, data };
};

export const onPanel = (data: EvaluationData, userId: string) =>
  data.record?.panel.some((m) => m.userId === userId) ?? false;

/** Whether a panel member declared a conflict with a bidder (undefined until they have declared). */
export const conflicted = (data: EvaluationData, userId: string, organisationId: string) => {
  const declaration = data.declarations.get(userId);
  if (!declaration) return undefined;
  return declaration.bidders.some((b) => b.organisationId === organisationId && b.conflict);
};

/** What an evaluator who has not declared is told when they try to read a bid. */
export const declareFirst = "Declare any conflicts of interest with the bidders before you read their bids.";

/**
 * An evaluator may read a bid only once they have declared, and never one they have a conflict with:
 * for those the bid does not exist (404). Not on the panel is 404 too.
 */
export const requireEvaluatorOf = (principal: Principal, data: EvaluationData, organisationId: string) => {
  if (!onPanel(data, principal.userId)) throw notFound();
  const conflict = conflicted(data, principal.userId, organisationId);
  // Undeclared is 404 like every bid-content route (ADR "one life cycle per competition"); it names the
  // rule, so the evaluator's page offers the next step (declaring) instead of "Page not found".
  if (conflict === undefined) throw notFound(declareFirst, "conflicts-not-declared");
  if (conflict) throw notFound();
};

/** Panel members who are expected to score a bid: everyone on the panel without a declared conflict. */
export const expectedScorers = (data: EvaluationData, organisationId: string) =>
  (data.record?.panel ?? []).filter((m) => !conflicted(data, m.userId, organisationId));

/** The sheets of current panel members for a bid. */
export const sheetsFor = (data: EvaluationData, organisationId: string) =>
  data.sheets.filter(
    (s) =>
      s.organisationId === organisationId &&
      (data.record?.panel ?? []).some((m) => m.userId === s.evaluatorId),
  );

/**
 * Whether a commissioner may read a submitted bid's content (answers, offers, prices, attachments): only
 * a panel member who has declared no conflict with that bidder. Everyone else — the lead included, until
 * they declare — sees who bid and when, nothing more. Declaring before reading is the point of declaring.
 */
export const panelMayReadBid = (principal: Principal, data: EvaluationData, organisationId: string) =>
  onPanel(data, principal.userId) && conflicted(data, principal.userId, organisationId) === false;
