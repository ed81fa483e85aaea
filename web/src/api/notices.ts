import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { DraftableKind } from "#shared/notices/notice.ts";
import type { Notice, RegisterEntry } from "#shared/notices/notice.ts";
import type { AssessmentSummary } from "#shared/notices/summary.ts";
import { apiFetch } from "./client.ts";
import { useApiQuery } from "./use-api-query.ts";

/** A procurement's notices for its commissioners, with those now due. */
export interface ProcurementNotices {
  procurementId: string;
  items: Notice[];
  due: { kind: DraftableKind; kindName: string; reason: string }[];
}

/** A procurement as the public register shows it. */
export interface PublicProcurement {
  procurementId: string;
  procurementTitle: string;
  ocid: string;
  items: Notice[];
}

export const noticeKeys = {
  all: ["notices"] as const,
  register: (query: string) => ["notices", "register", query] as const,
  publicNotice: (id: string) => ["notices", "public", id] as const,
  publicProcurement: (id: string) => ["notices", "procurement", id] as const,
  procurement: (id: string) => ["notices", "mine", id] as const,
  notice: (id: string) => ["notices", "one", id] as const,
  summary: (id: string) => ["notices", "summary", id] as const,
};

const enc = encodeURIComponent;

/** `GET /api/public/notices?…`: a page of the public register (no sign-in). */
export const useRegister = (query: string) =>
  useQuery<{ items: RegisterEntry[]; nextCursor?: string }, Error>({
    queryKey: noticeKeys.register(query),
    queryFn: ({ signal }) => apiFetch(`/api/public/notices${query ? `?${query}` : ""}`, { signal }),
    placeholderData: keepPreviousData,
  });

/** `GET /api/public/notices/{id}`: one published notice (no sign-in). */
export const usePublicNotice = (id: string) =>
  useQuery<Notice, Error>({
    queryKey: noticeKeys.publicNotice(id),
    queryFn: ({ signal }) => apiFetch(`/api/public/notices/${enc(id)}`, { signal }),
  });

/** `GET /api/public/procurements/{id}/notices`: a procurement's published notices (no sign-in). */
export const usePublicProcurement = (id: string) =>
  useQuery<PublicProcurement, Error>({
    queryKey: noticeKeys.publicProcurement(id),
    queryFn: ({ signal }) => apiFetch(`/api/public/procurements/${enc(id)}/notices`, { signal }),
  });

/** `GET /api/procurements/{id}/notices`: for the procurement's commissioners. */
export const useProcurementNotices = (id: string) =>
  useApiQuery<ProcurementNotices>(noticeKeys.procurement(id), `/api/procurements/${enc(id)}/notices`);

/** `GET /api/notices/{id}`: a draft or published notice, for its commissioners. */
export const useNotice = (id: string) =>
  useApiQuery<Notice>(noticeKeys.notice(id), `/api/notices/${enc(id)}`);

/** `GET …/bid/assessment-summary`: the bidder's own summary. */
export const useMySummary = (opportunityId: string) =>
  useApiQuery<AssessmentSummary>(
    noticeKeys.summary(opportunityId),
    `/api/opportunities/${enc(opportunityId)}/bid/assessment-summary`,
  );

/** The portal drafts a notice of `kind` from the record. */
export const draftNotice = (procurementId: string, kind: DraftableKind) =>
  apiFetch<Notice>(`/api/procurements/${enc(procurementId)}/notices`, { method: "POST", body: { kind } });

/** Saves a draft's description. */
export const editNotice = (id: string, description: string, version: number) =>
  apiFetch<Notice>(`/api/notices/${enc(id)}`, { method: "PUT", body: { description, version } });

/** Publishes a draft as read. */
export const publishNotice = (id: string, version: number) =>
  apiFetch<Notice>(`/api/notices/${enc(id)}/publish`, { method: "POST", body: { version } });

/** Drafts a correction of a published notice. */
export const correctNotice = (id: string) =>
  apiFetch<Notice>(`/api/notices/${enc(id)}/corrections`, { method: "POST" });

/** Sends every bidder its assessment summary. */
export const sendSummaries = (opportunityId: string) =>
  apiFetch<{ bidders: number; sent: number }>(
    `/api/opportunities/${enc(opportunityId)}/assessment-summaries`,
    { method: "POST" },
  );
