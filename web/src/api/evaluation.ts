import type { Contract, Intervention } from "#shared/contracts/contract.ts";
import type {
  bidForScoringSchema,
  DecideOutcomeInput,
  Evaluation,
  ModerateInput,
  Moderation,
  ModerationView,
  panelCandidateSchema,
  ProviderResult,
  Results,
  ScoreSheet,
  SubmitScoresInput,
} from "#shared/evaluation/evaluation.ts";
import { apiFetch, downloadFile } from "./client.ts";
import type { Contract as ContractOf, Page } from "./contract.ts";
import { newIdempotencyKey } from "./framework.ts";
import { useApiQuery } from "./use-api-query.ts";

export type BidForScoring = ContractOf<typeof bidForScoringSchema>;
export type PanelCandidate = ContractOf<typeof panelCandidateSchema>;
/** A panel the commissioner sits on (`GET /api/evaluations/mine`). */
export interface Panel {
  opportunityId: string;
  opportunityTitle: string;
  assignedAt: string;
}

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
  contracts: (filters: ContractFilters = {}) => ["contracts", "list", filters] as const,
  contract: (id: string) => ["contracts", id] as const,
};

/** `GET …/evaluation`: panel, progress of each bid and the outcome. */
export const useEvaluation = (id: string) => useApiQuery<Evaluation>(evaluationKeys.one(id), base(id));
/** `GET …/evaluation/candidates`: commissioners who may sit on the panel. */
export const usePanelCandidates = (id: string) =>
  useApiQuery<{ items: PanelCandidate[] }>(evaluationKeys.candidates(id), base(id, "/candidates"));
/** `GET …/evaluation/bids/{org}`: the answers an evaluator scores. */
export const useBidForScoring = (id: string, org: string) =>
  useApiQuery<BidForScoring>(evaluationKeys.bid(id, org), bidPath(id, org));
/** `GET …/evaluation/bids/{org}/scores`: every evaluator's scores side by side. */
export const useBidScores = (id: string, org: string) =>
  useApiQuery<ModerationView>(evaluationKeys.scores(id, org), bidPath(id, org, "/scores"));
/** `GET …/evaluation/results`: the ranking with the working. */
export const useResults = (id: string) =>
  useApiQuery<Results>(evaluationKeys.results(id), base(id, "/results"));
/** `GET …/bid/result`: the provider's own result. */
export const useMyResult = (id: string) =>
  useApiQuery<ProviderResult>(
    evaluationKeys.myResult(id),
    `/api/opportunities/${encodeURIComponent(id)}/bid/result`,
  );
/** `GET /api/evaluations/mine`: the panels the commissioner sits on. */
export const useMyPanels = () =>
  useApiQuery<Page<Panel>>(evaluationKeys.panels(), "/api/evaluations/mine?limit=50");
/** Which contracts to list: an opportunity's, or a region's (commissioners), in start-date order. */
export interface ContractFilters {
  opportunityId?: string | undefined;
  region?: string | undefined;
  status?: "live" | "terminated" | "expired" | undefined;
  needArea?: string | undefined;
  ending?: "within-90-days" | undefined;
  order?: "oldest" | "newest" | "ending-soonest" | "ending-latest" | undefined;
  cursor?: string | undefined;
}

/** `GET /api/contracts`: a provider's own; an opportunity's or a region's (commissioners). */
export const useContracts = (filters: ContractFilters = {}) => {
  const params = new URLSearchParams({ limit: "25" });
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, String(value));
  return useApiQuery<Page<Contract>>(
    evaluationKeys.contracts(filters),
    `/api/contracts?${params.toString()}`,
  );
};
/** `GET /api/contracts/{id}`. */
export const useContract = (id: string) =>
  useApiQuery<Contract>(evaluationKeys.contract(id), `/api/contracts/${encodeURIComponent(id)}`);
/** `GET /api/interventions/{id}`. */
export const useIntervention = (id: string) =>
  useApiQuery<Intervention>(["interventions", id], `/api/interventions/${encodeURIComponent(id)}`);

export const assignPanel = (id: string, evaluatorIds: string[], version: number) =>
  apiFetch<Evaluation>(base(id, "/panel"), { method: "PUT", body: { evaluatorIds, version } });

export const declareConflicts = (
  id: string,
  bidders: { organisationId: string; conflict: boolean; details?: string }[],
) =>
  apiFetch<Evaluation>(base(id, "/declaration"), {
    method: "POST",
    body: { bidders },
    headers: { "idempotency-key": newIdempotencyKey() },
  });

export const submitScores = (id: string, org: string, input: SubmitScoresInput): Promise<ScoreSheet> =>
  apiFetch<ScoreSheet>(bidPath(id, org, "/scores"), {
    method: "POST",
    body: input,
    headers: { "idempotency-key": newIdempotencyKey() },
  });

export const moderateBid = (id: string, org: string, input: ModerateInput): Promise<Moderation> =>
  apiFetch<Moderation>(bidPath(id, org, "/moderation"), { method: "PUT", body: input });

export const decideOutcome = (id: string, input: DecideOutcomeInput) =>
  apiFetch<Evaluation>(base(id, "/outcome"), { method: "POST", body: input });

export const createContracts = (id: string, version: number) =>
  apiFetch<{ items: Contract[] }>(base(id, "/contracts"), {
    method: "POST",
    body: { version },
    headers: { "idempotency-key": newIdempotencyKey() },
  });

/** Downloads the ranked results as CSV. */
export const downloadResultsCsv = (id: string): Promise<void> =>
  downloadFile(base(id, "/results.csv"), `results-${id}.csv`);
