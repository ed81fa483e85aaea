import { type InfiniteData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { Bid, BidContent, bidsForCommissionerSchema } from "#shared/bids/bid.ts";
import type { Clarification } from "#shared/opportunities/clarification.ts";
import type {
  CreateOpportunityInput,
  Opportunity,
  OpportunityStatus,
  OpportunitySummary,
  UpdateOpportunityInput,
} from "#shared/opportunities/opportunity.ts";
import { useSession } from "../auth/use-session.ts";
import { ApiError, apiFetch } from "./client.ts";
import type { Contract, Page } from "./contract.ts";
import { newIdempotencyKey } from "./framework.ts";
import { useApiQuery } from "./use-api-query.ts";

export type OpportunityPage = Page<OpportunitySummary>;
export type QuestionPage = Page<Clarification>;
export type BidsForCommissioner = Contract<typeof bidsForCommissionerSchema>;

export interface OpportunityFilters {
  region: string;
  status: OpportunityStatus;
  needArea?: string | undefined;
  cursor?: string | undefined;
}

const path = (id: string, rest = "") => `/api/opportunities/${encodeURIComponent(id)}${rest}`;

export const opportunityKeys = {
  all: ["opportunities"] as const,
  list: (filters: OpportunityFilters) =>
    [
      "opportunities",
      "list",
      filters.region,
      filters.status,
      filters.needArea ?? "",
      filters.cursor ?? "",
    ] as const,
  one: (id: string) => ["opportunities", "one", id] as const,
  questions: (id: string) => ["opportunities", "one", id, "questions"] as const,
  bids: (id: string) => ["opportunities", "one", id, "bids"] as const,
  bid: (id: string, organisationId: string) => ["opportunities", "one", id, "bids", organisationId] as const,
  myBid: (id: string) => ["opportunities", "one", id, "my-bid"] as const,
};

/** `GET /api/opportunities`: a region's opportunities by status, soonest deadline first. */
export function useOpportunities(filters: OpportunityFilters, enabled = true) {
  const params = new URLSearchParams({ region: filters.region, status: filters.status, limit: "20" });
  if (filters.needArea) params.set("needArea", filters.needArea);
  if (filters.cursor) params.set("cursor", filters.cursor);
  return useApiQuery<OpportunityPage>(
    opportunityKeys.list(filters),
    `/api/opportunities?${params.toString()}`,
    {
      enabled,
    },
  );
}

/** `GET /api/opportunities/{id}`. */
export const useOpportunity = (id: string) => useApiQuery<Opportunity>(opportunityKeys.one(id), path(id));

// Lists inside an opportunity's page load a page at a time and grow with "Show more".
const listPageSize = 50;
const withCursor = (base: string, cursor: string | undefined) =>
  `${base}?limit=${listPageSize}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
/** Every page loaded so far as one list, shaped like the first page. */
const joinPages = <T extends { items: unknown[]; nextCursor?: string | undefined }>(
  data: InfiniteData<T>,
): T => ({
  ...data.pages[0]!,
  items: data.pages.flatMap((page) => page.items),
});

/** `GET /api/opportunities/{id}/questions`: what the caller may see of the clarification questions. */
export function useQuestions(id: string) {
  const session = useSession();
  return useInfiniteQuery({
    queryKey: opportunityKeys.questions(id),
    queryFn: ({ signal, pageParam }) =>
      apiFetch<QuestionPage>(withCursor(path(id, "/questions"), pageParam), { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    select: joinPages,
    enabled: session !== null,
  });
}

/** `GET /api/opportunities/{id}/bids`: the count while bids are sealed, the bids afterwards (commissioners). */
export function useBids(id: string, enabled = true) {
  const session = useSession();
  return useInfiniteQuery({
    queryKey: opportunityKeys.bids(id),
    queryFn: ({ signal, pageParam }) =>
      apiFetch<BidsForCommissioner>(withCursor(path(id, "/bids"), pageParam), { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    select: joinPages,
    enabled: session !== null && enabled,
  });
}

/** `GET /api/opportunities/{id}/bids/{organisationId}`: one bid, once the deadline has passed. */
export const useBid = (id: string, organisationId: string) =>
  useApiQuery<Bid>(
    opportunityKeys.bid(id, organisationId),
    path(id, `/bids/${encodeURIComponent(organisationId)}`),
  );

/** `GET /api/opportunities/{id}/bid`: the provider's own bid, or null before it has saved one. */
export function useMyBid(id: string) {
  const session = useSession();
  return useQuery<Bid | null, Error>({
    queryKey: opportunityKeys.myBid(id),
    queryFn: async ({ signal }) => {
      try {
        return await apiFetch<Bid | null>(path(id, "/bid"), { signal });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    enabled: session !== null,
  });
}

export function createOpportunity(input: CreateOpportunityInput): Promise<Opportunity> {
  return apiFetch("/api/opportunities", {
    method: "POST",
    body: input,
    headers: { "idempotency-key": newIdempotencyKey() },
  });
}

export function updateOpportunity(id: string, input: UpdateOpportunityInput): Promise<Opportunity> {
  return apiFetch(path(id), { method: "PUT", body: input });
}

export function publishOpportunity(id: string, version: number): Promise<Opportunity> {
  return apiFetch(path(id, "/publish"), { method: "POST", body: { version } });
}

export function cancelOpportunity(id: string, version: number, reason: string): Promise<Opportunity> {
  return apiFetch(path(id, "/cancel"), {
    method: "POST",
    body: { version, reason },
  });
}

export function extendDeadlines(
  id: string,
  input: { version: number; submissionDeadline: string | undefined; clarificationDeadline?: string },
): Promise<Opportunity> {
  return apiFetch(path(id, "/deadlines"), { method: "POST", body: input });
}

export function askQuestion(id: string, question: string): Promise<Clarification> {
  return apiFetch(path(id, "/questions"), {
    method: "POST",
    body: { question },
    headers: { "idempotency-key": newIdempotencyKey() },
  });
}

export function answerQuestion(
  id: string,
  questionId: string,
  input: { question: string; answer: string; version: number },
): Promise<Clarification> {
  return apiFetch(path(id, `/questions/${encodeURIComponent(questionId)}/answer`), {
    method: "POST",
    body: input,
  });
}

export function saveBid(id: string, content: BidContent, version: number): Promise<Bid> {
  return apiFetch(path(id, "/bid"), { method: "PUT", body: { content, version } });
}

export function submitBid(id: string, version: number): Promise<Bid> {
  return apiFetch(path(id, "/bid/submit"), {
    method: "POST",
    body: { version },
    headers: { "idempotency-key": newIdempotencyKey() },
  });
}

export function withdrawBid(id: string, version: number): Promise<Bid> {
  return apiFetch(path(id, "/bid/withdraw"), { method: "POST", body: { version } });
}
