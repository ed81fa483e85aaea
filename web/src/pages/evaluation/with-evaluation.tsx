import { useQueryClient } from "@tanstack/react-query";
import type { ReactElement } from "react";
import { useParams } from "react-router";
import type { Evaluation } from "#shared/evaluation/evaluation.ts";
import { scoreLabels } from "#shared/evaluation/evaluation.ts";
import type { Opportunity } from "#shared/opportunities/opportunity.ts";
import { evaluationKeys, useEvaluation } from "../../api/evaluation.ts";
import { opportunityKeys, useOpportunity } from "../../api/opportunities.ts";
import type { RadioItem } from "../../components/govuk/fields.ts";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";

export interface EvaluationPageData {
  opportunity: Opportunity;
  evaluation: Evaluation;
}

/** A page of an opportunity's evaluation: loads the opportunity and the evaluation, then renders. */
export function WithEvaluation({
  title,
  render,
}: {
  title: string;
  render: (data: EvaluationPageData) => ReactElement;
}) {
  const { opportunityId = "" } = useParams();
  const opportunity = useOpportunity(opportunityId);
  const evaluation = useEvaluation(opportunityId);
  const state = settle(opportunity, evaluation);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const [opp, ev] = state.data;
  return render({ opportunity: opp, evaluation: ev });
}

/** The evaluation hub's address. */
export const evaluationPath = (opportunityId: string, rest = "") =>
  `/opportunities/${opportunityId}/evaluation${rest}`;

/** Forgets cached evaluation data after a change, so every page shows the new state. */
export function useRefreshEvaluation() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: evaluationKeys.all });
    await queryClient.invalidateQueries({ queryKey: opportunityKeys.all });
    await queryClient.invalidateQueries({ queryKey: ["contracts"] });
  };
}

/** The 0–4 scale as radio items: "4 – Excellent". */
export const scoreItems: RadioItem[] = scoreLabels
  .map((label, score) => ({ value: String(score), text: `${score} – ${label}` }))
  .reverse();

/** A score for people: "3 (Good)". */
export const scoreText = (score: number) => `${score} (${scoreLabels[score] ?? "?"})`;

/** Points to two decimal places. */
export const formatPoints = (n: number) => n.toFixed(2);
