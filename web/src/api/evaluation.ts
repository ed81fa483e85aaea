import { useQuery } from "@tanstack/react-query";
import * as z from "zod";
import { pageSchema } from "#shared/common/pagination.ts";
import {
  type Contract,
  contractSchema,
  type Intervention,
  interventionSchema,
} from "#shared/contracts/contract.ts";
import {
  bidForScoringSchema,
  type DecideOutcomeInput,
  type Evaluation,
  evaluationSchema,
  type ModerateInput,
  type Moderation,
  moderationSchema,
  type ModerationView,
  moderationViewSchema,
  panelCandidateSchema,
  type ProviderResult,
  providerResultSchema,
  type Results,
  resultsSchema,
  type ScoreSheet,
  scoreSheetSchema,
  type SubmitScoresInput,
} from "#shared/evaluation/evaluation.ts";
import { useSession } from "../auth/use-session.ts";
import { apiFetch, downloadFile } from "./client.ts";
import { newIdempotencyKey } from "./framework.ts";

export type BidForScoring = z.infer<typeof bidForScoringSchema>;
export type PanelCandidate = z.infer<typeof panelCandidateSchema>;
const candidatesSchema = z.object({ items: z.array(panelCandidateSchema) });
const panelsSchema = pageSchema(
  z.object({ opportunityId: z.string(), opportunityTitle: z.string(), assignedAt: z.string() }),
);
const contractPageSchema = pageSchema(contractSchema);
const createdContractsSchema = z.object({ items: z.array(contractSchema) });

const base = (id: string, rest = "") => `/api/opportunities/${encodeURIComponent(id)}/evaluation${rest}`;
const bidPath = (id: string, organisationId: string, rest = "") =>
  base(id, `/bids/${encodeURIComponent(organisationId)}${rest}`);

export const evaluationKeys = {
  all: ["evaluation"] as const,
  one: (id: string) => ["evaluation", id] as const,
  candidates: (id: string) => ["evaluation", id, "candidates"] as const,
  bid: (id: string, org: string) => ["evaluation", id, "bid", org] as const,
  scores: (id: string, org: string) => ["evaluation", id, "scores", org] as const,
  results: (id: string) => ["evaluation", id, "results"] as const,
  myResult: (id: string) => ["evaluation", id, "my-result"] as const,
  panels: () => ["evaluation", "panels"] as const,
  contracts: (opportunityId?: string) => ["contracts", "list", opportunityId ?? "mine"] as const,
  contract: (id: string) => ["contracts", id] as const,
};

/** A query of the evaluation API for the signed-in user. */
function useApi<T>(key: readonly unknown[], path: string, schema: z.ZodType<T>) {
  const session = useSession();
  return useQuery<T, Error>({
    queryKey: key,
    queryFn: ({ signal }) => apiFetch(path, { schema, signal }),
    enabled: session !== null,
  });
}

/** `GET …/evaluation`: panel, progress of each bid and the outcome. */
export const useEvaluation = (id: string) =>
  useApi<Evaluation>(evaluationKeys.one(id), base(id), evaluationSchema);
/** `GET …/evaluation/candidates`: commissioners who may sit on the panel. */
export const usePanelCandidates = (id: string) =>
  useApi(evaluationKeys.candidates(id), base(id, "/candidates"), candidatesSchema);
/** `GET …/evaluation/bids/{org}`: the answers an evaluator scores. */
export const useBidForScoring = (id: string, org: string) =>
  useApi<BidForScoring>(evaluationKeys.bid(id, org), bidPath(id, org), bidForScoringSchema);
/** `GET …/evaluation/bids/{org}/scores`: every evaluator's scores side by side. */
export const useBidScores = (id: string, org: string) =>
  useApi<ModerationView>(evaluationKeys.scores(id, org), bidPath(id, org, "/scores"), moderationViewSchema);
/** `GET …/evaluation/results`: the ranking with the working. */
export const useResults = (id: string) =>
  useApi<Results>(evaluationKeys.results(id), base(id, "/results"), resultsSchema);
/** `GET …/bid/result`: the provider's own result. */
export const useMyResult = (id: string) =>
  useApi<ProviderResult>(
    evaluationKeys.myResult(id),
    `/api/opportunities/${encodeURIComponent(id)}/bid/result`,
    providerResultSchema,
  );
/** `GET /api/evaluations/mine`: the panels the commissioner sits on. */
export const useMyPanels = () =>
  useApi(evaluationKeys.panels(), "/api/evaluations/mine?limit=50", panelsSchema);
/** `GET /api/contracts`: a provider's own, or an opportunity's (commissioners). */
export const useContracts = (opportunityId?: string) =>
  useApi(
    evaluationKeys.contracts(opportunityId),
    `/api/contracts?limit=50${opportunityId ? `&opportunityId=${encodeURIComponent(opportunityId)}` : ""}`,
    contractPageSchema,
  );
/** `GET /api/contracts/{id}`. */
export const useContract = (id: string) =>
  useApi<Contract>(evaluationKeys.contract(id), `/api/contracts/${encodeURIComponent(id)}`, contractSchema);
/** `GET /api/interventions/{id}`. */
export const useIntervention = (id: string) =>
  useApi<Intervention>(
    ["interventions", id],
    `/api/interventions/${encodeURIComponent(id)}`,
    interventionSchema,
  );

export const assignPanel = (id: string, evaluatorIds: string[], version: number) =>
  apiFetch(base(id, "/panel"), { method: "PUT", schema: evaluationSchema, body: { evaluatorIds, version } });

export const declareConflicts = (
  id: string,
  bidders: { organisationId: string; conflict: boolean; details?: string }[],
) =>
  apiFetch(base(id, "/declaration"), {
    method: "POST",
    schema: evaluationSchema,
    body: { bidders },
    headers: { "idempotency-key": newIdempotencyKey() },
  });

export const submitScores = (id: string, org: string, input: SubmitScoresInput): Promise<ScoreSheet> =>
  apiFetch(bidPath(id, org, "/scores"), {
    method: "POST",
    schema: scoreSheetSchema,
    body: input,
    headers: { "idempotency-key": newIdempotencyKey() },
  });

export const moderateBid = (id: string, org: string, input: ModerateInput): Promise<Moderation> =>
  apiFetch(bidPath(id, org, "/moderation"), { method: "PUT", schema: moderationSchema, body: input });

export const decideOutcome = (id: string, input: DecideOutcomeInput) =>
  apiFetch(base(id, "/outcome"), { method: "POST", schema: evaluationSchema, body: input });

export const createContracts = (id: string, version: number) =>
  apiFetch(base(id, "/contracts"), {
    method: "POST",
    schema: createdContractsSchema,
    body: { version },
    headers: { "idempotency-key": newIdempotencyKey() },
  });

/** Downloads the ranked results as CSV. */
export const downloadResultsCsv = (id: string): Promise<void> =>
  downloadFile(base(id, "/results.csv"), `results-${id}.csv`);
