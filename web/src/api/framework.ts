import type {
  Application,
  ApplicationInput,
  ApplicationOrder,
  ApplicationStatus,
  DecisionInput,
} from "#shared/framework/application.ts";
import { apiFetch } from "./client.ts";
import type { Page } from "./contract.ts";
import { useApiQuery } from "./use-api-query.ts";

export type ApplicationPage = Page<Application>;

/** A fresh key for one person's action, so a retried request does not create a second record. */
export const newIdempotencyKey = (): string => crypto.randomUUID();

export const frameworkKeys = {
  all: ["framework"] as const,
  mine: () => ["framework", "applications", "mine"] as const,
  list: (status: ApplicationStatus, order: ApplicationOrder, cursor: string | undefined) =>
    ["framework", "applications", "list", status, order, cursor ?? ""] as const,
  one: (id: string) => ["framework", "applications", "one", id] as const,
};

/** `GET /api/framework/applications/mine`: the provider's own applications, newest first. */
export const useMyApplications = () =>
  useApiQuery<ApplicationPage>(frameworkKeys.mine(), "/api/framework/applications/mine?limit=50");

/** `GET /api/framework/applications?status=&order=`: applications by status, by decision due date (administrators). */
export function useApplications(
  status: ApplicationStatus,
  order: ApplicationOrder,
  cursor: string | undefined,
) {
  const params = new URLSearchParams({ status, order, limit: "20" });
  if (cursor) params.set("cursor", cursor);
  return useApiQuery<ApplicationPage>(
    frameworkKeys.list(status, order, cursor),
    `/api/framework/applications?${params.toString()}`,
  );
}

/** `GET /api/framework/applications/{id}`. */
export const useApplication = (id: string) =>
  useApiQuery<Application>(frameworkKeys.one(id), `/api/framework/applications/${encodeURIComponent(id)}`);

/** `POST /api/framework/applications`: apply (or re-apply) to join the framework. */
export function submitApplication(input: ApplicationInput): Promise<Application> {
  return apiFetch<Application>("/api/framework/applications", {
    method: "POST",
    body: input,
    headers: { "idempotency-key": newIdempotencyKey() },
  });
}

/** `POST /api/framework/applications/{id}/decision`: admit or reject, with the version that was read. */
export function decideApplication(id: string, input: DecisionInput): Promise<Application> {
  return apiFetch<Application>(`/api/framework/applications/${encodeURIComponent(id)}/decision`, {
    method: "POST",
    body: input,
  });
}
