import { useQuery } from "@tanstack/react-query";
import type { AuditEvent } from "#shared/audit/audit-event.ts";
import { useSession } from "../auth/use-session.ts";
import { apiFetch } from "./client.ts";
import type { Page } from "./contract.ts";

/** Which of an opportunity's audit events to show. */
export interface AuditFilters {
  action?: string | undefined;
  actor?: string | undefined;
  cursor?: string | undefined;
}

/** `GET /api/opportunities/{id}/audit`: a page of the trail, oldest first, optionally filtered. */
export function useAuditTrail(opportunityId: string, filters: AuditFilters) {
  const session = useSession();
  const params = new URLSearchParams({ limit: "25" });
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  return useQuery<Page<AuditEvent>, Error>({
    queryKey: ["opportunities", opportunityId, "audit", filters],
    queryFn: ({ signal }) =>
      apiFetch<Page<AuditEvent>>(
        `/api/opportunities/${encodeURIComponent(opportunityId)}/audit?${params.toString()}`,
        { signal },
      ),
    enabled: session !== null,
  });
}
