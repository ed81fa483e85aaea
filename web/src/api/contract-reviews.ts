import type { ChargesStatement } from "#shared/contracts/charges.ts";
import type { ImprovementPlan } from "#shared/contracts/improvement.ts";
import type { ContractRating, MonthlyMeasures } from "#shared/contracts/rating.ts";
import { apiFetch, downloadFile } from "./client.ts";
import { useApiQuery } from "./use-api-query.ts";

const base = (id: string, rest = "") => `/api/contracts/${encodeURIComponent(id)}${rest}`;

/** Query keys of reviews and charges: under the contract's, so one invalidation refreshes its tabs. */
export const reviewKeys = {
  ratings: (id: string) => ["contracts", id, "ratings"] as const,
  plan: (id: string, period: string) => ["contracts", id, "plans", period] as const,
  charges: (id: string) => ["contracts", id, "charges"] as const,
};

/** A contract's performance record, as `GET /api/contracts/{id}/ratings` answers. */
export interface PerformanceRecord {
  rule: string;
  ratings: ContractRating[];
  months: MonthlyMeasures[];
  plans: ImprovementPlan[];
}

/** `GET /api/contracts/{id}/ratings`. */
export const useRatings = (id: string) =>
  useApiQuery<PerformanceRecord>(reviewKeys.ratings(id), base(id, "/ratings"));
/** `GET /api/contracts/{id}/improvement-plans/{period}`. */
export const usePlan = (id: string, period: string) =>
  useApiQuery<ImprovementPlan>(
    reviewKeys.plan(id, period),
    base(id, `/improvement-plans/${encodeURIComponent(period)}`),
  );
/** `GET /api/contracts/{id}/charges`. */
export const useCharges = (id: string) =>
  useApiQuery<ChargesStatement>(reviewKeys.charges(id), base(id, "/charges"));

export const proposeRating = (id: string, body: unknown) =>
  apiFetch<ContractRating>(base(id, "/ratings"), { method: "POST", body });
export const decideRating = (id: string, period: string, body: unknown) =>
  apiFetch<ContractRating>(base(id, `/ratings/${encodeURIComponent(period)}/decision`), {
    method: "POST",
    body,
  });
export const respondToRating = (id: string, period: string, body: unknown) =>
  apiFetch<ContractRating>(base(id, `/ratings/${encodeURIComponent(period)}/response`), {
    method: "POST",
    body,
  });
export const stepPlan = (id: string, period: string, body: unknown) =>
  apiFetch<ImprovementPlan>(base(id, `/improvement-plans/${encodeURIComponent(period)}/steps`), {
    method: "POST",
    body,
  });
/** Downloads one month's charges as CSV. */
export const downloadCharges = (id: string, reference: string, month: string) =>
  downloadFile(base(id, `/charges/${month}/export`), `charges-${reference}-${month}.csv`);
