import { useQuery } from "@tanstack/react-query";
import * as z from "zod";
import { type CataloguePage, cataloguePageSchema } from "#shared/catalogue/catalogue.ts";
import { pageSchema } from "#shared/common/pagination.ts";
import { interventionSchema } from "#shared/contracts/contract.ts";
import {
  caseNoteSchema,
  caseworkerSchema,
  type InboxTab,
  type Referral,
  referralPageSchema,
  referralSchema,
  timelineEntrySchema,
} from "#shared/referrals/referral.ts";
import type { SectionId } from "#shared/referrals/sections.ts";
import { useSession } from "../auth/use-session.ts";
import { apiFetch } from "./client.ts";
import { newIdempotencyKey } from "./framework.ts";

export const catalogueInterventionSchema = interventionSchema.extend({
  referralsThisYear: z.number(),
  capacityStatus: z.enum(["available", "limited", "full"]),
  contractTiers: z.array(z.object({ interventionId: z.string(), tierId: z.string(), title: z.string() })),
});
export type CatalogueIntervention = z.infer<typeof catalogueInterventionSchema>;

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
    queryFn: ({ signal }) =>
      apiFetch(`/api/catalogue?${params.toString()}`, { schema: cataloguePageSchema, signal }),
    enabled: signedIn && enabled,
  });
}

/** `GET /api/catalogue/{id}`: one live intervention. */
export function useCatalogueIntervention(id: string) {
  const signedIn = useSignedIn();
  return useQuery<CatalogueIntervention, Error>({
    queryKey: ["catalogue", "one", id],
    queryFn: ({ signal }) =>
      apiFetch(`/api/catalogue/${encodeURIComponent(id)}`, { schema: catalogueInterventionSchema, signal }),
    enabled: signedIn,
  });
}

/** `GET /api/referrals/{id}`. */
export function useReferral(id: string) {
  const signedIn = useSignedIn();
  return useQuery<Referral, Error>({
    queryKey: referralKeys.one(id),
    queryFn: ({ signal }) =>
      apiFetch(`/api/referrals/${encodeURIComponent(id)}`, { schema: referralSchema, signal }),
    enabled: signedIn,
  });
}

/** A list of referrals: the officer's (`/api/referrals`) or the provider's inbox. */
export function useReferralList(path: "/api/referrals" | "/api/referrals/inbox", params: URLSearchParams) {
  const signedIn = useSignedIn();
  return useQuery({
    queryKey: ["referrals", "list", path, params.toString()],
    queryFn: ({ signal }) => apiFetch(`${path}?${params.toString()}`, { schema: referralPageSchema, signal }),
    enabled: signedIn,
  });
}

const notePageSchema = pageSchema(caseNoteSchema);
const timelinePageSchema = pageSchema(timelineEntrySchema);

/** `GET /api/referrals/{id}/notes`. */
export function useCaseNotes(id: string) {
  const signedIn = useSignedIn();
  return useQuery({
    queryKey: ["referrals", "one", id, "notes"],
    queryFn: ({ signal }) =>
      apiFetch(`/api/referrals/${id}/notes?limit=100`, { schema: notePageSchema, signal }),
    enabled: signedIn,
  });
}

/** `GET /api/referrals/{id}/timeline`. */
export function useTimeline(id: string) {
  const signedIn = useSignedIn();
  return useQuery({
    queryKey: ["referrals", "one", id, "timeline"],
    queryFn: ({ signal }) =>
      apiFetch(`/api/referrals/${id}/timeline?limit=100`, { schema: timelinePageSchema, signal }),
    enabled: signedIn,
  });
}

/** `GET /api/referrals/caseworkers`. */
export function useCaseworkers() {
  const signedIn = useSignedIn();
  return useQuery({
    queryKey: ["referrals", "caseworkers"],
    queryFn: ({ signal }) =>
      apiFetch("/api/referrals/caseworkers", {
        schema: z.object({ items: z.array(caseworkerSchema) }),
        signal,
      }),
    enabled: signedIn,
  });
}

export function startReferral(interventionId: string): Promise<Referral> {
  return apiFetch("/api/referrals", {
    method: "POST",
    schema: referralSchema,
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
    schema: referralSchema,
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
    schema: referralSchema,
    body,
    ...(idempotent ? { headers: { "idempotency-key": newIdempotencyKey() } } : {}),
  });
}

export function addCaseNote(id: string, text: string) {
  return apiFetch(`/api/referrals/${id}/notes`, {
    method: "POST",
    schema: caseNoteSchema,
    body: { text },
    headers: { "idempotency-key": newIdempotencyKey() },
  });
}

export type { InboxTab };
