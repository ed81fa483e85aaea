import type { DecideOutcomeInput, Evaluation } from "#shared/evaluation/evaluation.ts";

/** The outcome form's values: the decision (none yet), the bids to award and the reason. */
export interface OutcomeValues {
  decision?: string | undefined;
  organisationIds: string[];
  reason: string;
}

/** During standstill the only decision left is to cancel, so it is chosen already. */
export const outcomeValues = (state: Evaluation["state"]): OutcomeValues => ({
  decision: state === "standstill" ? "cancel" : undefined,
  organisationIds: [],
  reason: "",
});

/** The request: the bids awarded go only with an award; the evaluation's version guards the decision. */
export const outcomeRequest =
  (version: number) =>
  ({ decision, organisationIds, reason }: OutcomeValues) =>
    decision === "award" ? { decision, organisationIds, reason, version } : { decision, reason, version };

/** What the evaluation page says once the decision is recorded. */
export const outcomeFlash = (decision: DecideOutcomeInput["decision"]): string =>
  decision === "award"
    ? "Contract awarded: send the assessment summaries and publish the contract award notice to start standstill"
    : decision === "cancel"
      ? "Competition cancelled"
      : "Competition declared unsuccessful";
