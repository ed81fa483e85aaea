import { useQuery } from "@tanstack/react-query";
import type { CatalogueEntry, CataloguePage } from "#shared/catalogue/catalogue.ts";
import type { Change } from "#shared/referrals/amendments.ts";
import type {
  CaseNote,
  caseworkerSchema,
  InboxTab,
  Referral,
  ReferralSummary,
  timelineEntrySchema,
} from "#shared/referrals/referral.ts";
import type { SectionId } from "#shared/referrals/sections.ts";
import { useSession } from "../auth/use-session.ts";
import { apiFetch } from "./client.ts";
import type { Contract, Page } from "./contract.ts";
import { newIdempotencyKey } from "./framework.ts";

/** `GET /api/catalogue/{id}`: a catalogue entry with the contract tiers it is delivered under. */
export type CatalogueIntervention = CatalogueEntry & {
  contractTiers: { interventionId: string; tierId: string; title: string }[];
};
type TimelineEntry = Contract<typeof timelineEntrySchema>;
type Caseworker = Contract<typeof caseworkerSchema>;

export const referralKeys = {
  all: ["referrals"] as const,
  one: (id: string) => ["referrals", "one", id] as const,
};

const useSignedIn = () => useSession() !== null;

/** `GET /api/catalogue` with the filters as given (search params). */
export function useCatalogue(params: URLSearchParams, enabled: boolean) {
  const signedIn = useSignedIn();
  return useQuery<CataloguePage, Error>({
    queryKey: ["catalogue", params.toString()],
    queryFn: ({ signal }) => apiFetch(`/api/catalogue?${params.toString()}`, { signal }),
    enabled: signedIn && enabled,
  });
}

/** `GET /api/catalogue/{id}`: one live intervention. */
export function useCatalogueIntervention(id: string) {
  const signedIn = useSignedIn();
  return useQuery<CatalogueIntervention, Error>({
    queryKey: ["catalogue", "one", id],
    queryFn: ({ signal }) => apiFetch(`/api/catalogue/${encodeURIComponent(id)}`, { signal }),
    enabled: signedIn,
  });
}

/** `GET /api/referrals/{id}`. */
export function useReferral(id: string) {
  const signedIn = useSignedIn();
  return useQuery<Referral, Error>({
    queryKey: referralKeys.one(id),
    queryFn: ({ signal }) => apiFetch(`/api/referrals/${encodeURIComponent(id)}`, { signal }),
    enabled: signedIn,
  });
}

/** A list of referrals: the officer's (`/api/referrals`) or the provider's inbox. */
export function useReferralList(path: "/api/referrals" | "/api/referrals/inbox", params: URLSearchParams) {
  const signedIn = useSignedIn();
  return useQuery({
    queryKey: ["referrals", "list", path, params.toString()],
    queryFn: ({ signal }) => apiFetch<Page<ReferralSummary>>(`${path}?${params.toString()}`, { signal }),
    enabled: signedIn,
  });
}

/** `GET /api/referrals/{id}/notes`. */
export function useCaseNotes(id: string) {
  const signedIn = useSignedIn();
  return useQuery({
    queryKey: ["referrals", "one", id, "notes"],
    queryFn: ({ signal }) => apiFetch<Page<CaseNote>>(`/api/referrals/${id}/notes?limit=100`, { signal }),
    enabled: signedIn,
  });
}

/** `GET /api/referrals/{id}/timeline`. */
export function useTimeline(id: string) {
  const signedIn = useSignedIn();
  return useQuery({
    queryKey: ["referrals", "one", id, "timeline"],
    queryFn: ({ signal }) =>
      apiFetch<Page<TimelineEntry>>(`/api/referrals/${id}/timeline?limit=100`, { signal }),
    enabled: signedIn,
  });
}

/** `GET /api/referrals/{id}/changes`: the changelog, oldest first. */
export function useChanges(id: string) {
  const signedIn = useSignedIn();
  return useQuery({
    queryKey: ["referrals", "one", id, "changes"],
    queryFn: ({ signal }) => apiFetch<Page<Change>>(`/api/referrals/${id}/changes?limit=100`, { signal }),
    enabled: signedIn,
  });
}

/** `GET /api/referrals/caseworkers`. */
export function useCaseworkers() {
  const signedIn = useSignedIn();
  return useQuery({
    queryKey: ["referrals", "caseworkers"],
    queryFn: ({ signal }) => apiFetch<{ items: Caseworker[] }>("/api/referrals/caseworkers", { signal }),
    enabled: signedIn,
  });
}

export function startReferral(interventionId: string): Promise<Referral> {
  return apiFetch("/api/referrals", {
    method: "POST",
    body: { interventionId },
    headers: { "idempotency-key": newIdempotencyKey() },
  });
}

export function saveSection(
  id: string,
  section: SectionId,
  answers: Record<string, unknown>,
  version: number,
  finished: boolean,
): Promise<Referral> {
  return apiFetch(`/api/referrals/${id}/sections/${section}`, {
    method: "PUT",
    body: { ...answers, version, finished },
  });
}

/** A POST to one of a referral's actions (`send`, `assign`, `sessions/2/feedback`, …). */
export function referralAction(
  id: string,
  action: string,
  body: object,
  idempotent = false,
): Promise<Referral> {
  return apiFetch(`/api/referrals/${id}/${action}`, {
    method: "POST",
    body,
    ...(idempotent ? { headers: { "idempotency-key": newIdempotencyKey() } } : {}),
  });
}

/** `PUT /api/referrals/{id}/restriction`: who may see the person's referrals (naming nobody lifts it). */
export function restrictAccess(id: string, body: object): Promise<Referral> {
  return apiFetch(`/api/referrals/${id}/restriction`, { method: "PUT", body });
}

export function addCaseNote(id: string, text: string): Promise<CaseNote> {
  return apiFetch(`/api/referrals/${id}/notes`, {
    method: "POST",
    body: { text },
    headers: { "idempotency-key": newIdempotencyKey() },
  });
}

export type { InboxTab };
