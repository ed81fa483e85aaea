import type { AuditEvent } from "#shared/audit/audit-event.ts";
import type { Page } from "./contract.ts";
import { useApiQuery } from "./use-api-query.ts";

/** Which of an opportunity's audit events to show. */
export interface AuditFilters {
  action?: string | undefined;
  actor?: string | undefined;
  cursor?: string | undefined;
}

/** `GET /api/opportunities/{id}/audit`: a page of the trail, oldest first, optionally filtered. */
export function useAuditTrail(opportunityId: string, filters: AuditFilters) {
  const params = new URLSearchParams({ limit: "25" });
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  return useApiQuery<Page<AuditEvent>>(
    ["opportunities", opportunityId, "audit", filters],
    `/api/opportunities/${encodeURIComponent(opportunityId)}/audit?${params.toString()}`,
  );
}
