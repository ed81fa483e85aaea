import * as z from "zod";
import { formatDeadline } from "../time/format-deadline.ts";

/**
 * One life cycle per competition (ADR "one life cycle per competition"). The opportunity's stored state (draft, published,
 * cancelled) and its evaluation's stored state (evaluating, standstill, contracted, unsuccessful,
 * cancelled) are two halves of one machine; this module is the only place that says what a competition
 * is at a moment and what may happen to it next.
 */
export const competitionStageSchema = z.enum([
  "draft",
  "published",
  "closed",
  "in-evaluation",
  "standstill",
  "awarded",
  "contracted",
  "unsuccessful",
  "cancelled",
]);
export type CompetitionStage = z.infer<typeof competitionStageSchema>;

/** The stored facts a stage is derived from: the two items' states, the deadline and the standstill. */
export interface CompetitionFacts {
  opportunityState: "draft" | "published" | "cancelled";
  submissionDeadline?: string | undefined;
  evaluationState?: "evaluating" | "standstill" | "contracted" | "unsuccessful" | "cancelled" | undefined;
  standstillEndsAt?: string | undefined;
}

/** What people and routes ask the machine for. */
export type CompetitionAction =
  | "publish"
  | "cancel"
  /** Change the evaluation: panel, declarations, scores, moderation. */
  | "evaluate"
  /** Read the evaluation's working: bids for scoring, score sheets, results. */
  | "read-evaluation"
  | "award"
  | "declare-unsuccessful"
  | "create-contracts";

/** The machine's answer: the stage the competition moves to, or the reason it may not (a 422). */
export type Decision =
  | { allowed: true; from: CompetitionStage; to: CompetitionStage }
  | { allowed: false; from: CompetitionStage; reason: string };

/** The stage of a competition at `now`. "Closed" and "awarded" are the clock's doing, not a write's. */
export const competitionStage = (facts: CompetitionFacts, now: Date): CompetitionStage => {
  if (facts.opportunityState === "cancelled" || facts.evaluationState === "cancelled") return "cancelled";
  if (facts.opportunityState === "draft") return "draft";
  switch (facts.evaluationState) {
    case "contracted":
      return "contracted";
    case "unsuccessful":
      return "unsuccessful";
    case "standstill":
      return facts.standstillEndsAt && now.getTime() > Date.parse(facts.standstillEndsAt)
        ? "awarded"
        : "standstill";
    case "evaluating":
      return "in-evaluation";
    default:
      return facts.submissionDeadline && now.getTime() > Date.parse(facts.submissionDeadline)
        ? "closed"
        : "published";
  }
};

const cancelledReason =
  "This competition has been cancelled, so it can no longer be evaluated, awarded or contracted.";
const decidedReason = "The outcome of this competition has already been decided.";

/** Where each action may start, and where it leads. */
const transitions: Record<CompetitionAction, { from: readonly CompetitionStage[]; to?: CompetitionStage }> = {
  publish: { from: ["draft"], to: "published" },
  // The Procurement Act 2023 lets an authority abandon a procurement at any point before the contract is
  // entered into — including during and after standstill — but never once contracts exist.
  cancel: {
    from: ["draft", "published", "closed", "in-evaluation", "standstill", "awarded"],
    to: "cancelled",
  },
  evaluate: { from: ["closed", "in-evaluation"], to: "in-evaluation" },
  "read-evaluation": {
    from: ["closed", "in-evaluation", "standstill", "awarded", "contracted", "unsuccessful"],
  },
  award: { from: ["closed", "in-evaluation"], to: "standstill" },
  "declare-unsuccessful": { from: ["closed", "in-evaluation"], to: "unsuccessful" },
  "create-contracts": { from: ["awarded"], to: "contracted" },
};

/** Why an action may not start from a stage, in words for the person who tried. */
const refusal = (action: CompetitionAction, from: CompetitionStage, facts: CompetitionFacts): string => {
  if (from === "cancelled")
    return action === "cancel" ? "This competition is already cancelled." : cancelledReason;
  if (action === "publish") return "This opportunity has already been published or cancelled.";
  if (action === "cancel") {
    return from === "contracted"
      ? "Contracts have been created for this competition, so it can no longer be cancelled. To end a contract, terminate it under its own terms."
      : "This competition has already ended: it was declared unsuccessful.";
  }
  if (from === "draft") return "This opportunity has not been published.";
  if (from === "published") {
    return facts.submissionDeadline
      ? `Bids cannot be evaluated or awarded until the deadline for bids has passed (${formatDeadline(facts.submissionDeadline)}).`
      : "Bids cannot be evaluated or awarded until the deadline for bids has passed.";
  }
  if (action === "create-contracts") {
    if (from === "contracted") return "The contracts for this competition have already been created.";
    if (from === "standstill" && facts.standstillEndsAt)
      return `The standstill period ends at ${formatDeadline(facts.standstillEndsAt)}. Contracts can be created after that.`;
    if (from === "standstill")
      return "The standstill period starts when the contract award notice is published. Send every bidder its assessment summary, publish the notice, and create the contracts 8 working days later.";
    return "Contracts can be created only after an award and its standstill period.";
  }
  return decidedReason;
};

/** Whether `action` may happen to the competition now, and to which stage it moves it. */
export const decide = (facts: CompetitionFacts, action: CompetitionAction, now: Date): Decision => {
  const from = competitionStage(facts, now);
  const rule = transitions[action];
  if (!rule.from.includes(from)) return { allowed: false, from, reason: refusal(action, from, facts) };
  return { allowed: true, from, to: rule.to ?? from };
};

/** What a person needs to know about where a competition stands (shown on the opportunity's page). */
export const competitionLifecycleSchema = z.object({
  stage: competitionStageSchema,
  standstillEndsAt: z.iso.datetime().optional(),
  decidedAt: z.iso.datetime().optional(),
  contractsCreatedAt: z.iso.datetime().optional(),
  /** Whether contracts may be created now; when not yet, `standstillEndsAt` says from when. */
  canCreateContracts: z.boolean(),
});
export type CompetitionLifecycle = z.infer<typeof competitionLifecycleSchema>;
