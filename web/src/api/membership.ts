import { useQuery } from "@tanstack/react-query";
import type { Membership } from "#shared/framework/membership.ts";
import { useSession } from "../auth/use-session.ts";
import { apiFetch } from "./client.ts";

const path = (organisationId: string) =>
  `/api/framework/suppliers/${encodeURIComponent(organisationId)}/membership`;

export const membershipKeys = {
  one: (organisationId: string) => ["framework", "membership", organisationId] as const,
};

/** `GET /api/framework/suppliers/{id}/membership`: active, suspended or removed, and why. */
export function useSupplierMembership(organisationId: string) {
  const session = useSession();
  return useQuery<Membership, Error>({
    queryKey: membershipKeys.one(organisationId),
    queryFn: ({ signal }) => apiFetch<Membership>(path(organisationId), { signal }),
    enabled: session !== null,
  });
}

/** `POST /api/framework/suppliers/{id}/membership`: suspend, remove or reinstate, with a ground and reason. */
export const changeSupplierMembership = (organisationId: string, body: unknown) =>
  apiFetch<Membership>(path(organisationId), { method: "POST", body });

/** `GET /api/framework/suppliers`: one page of the suppliers on the dynamic market, by name. */
export function useSuppliers(cursor: string | undefined) {
  const session = useSession();
  const params = new URLSearchParams({ limit: "50" });
  if (cursor) params.set("cursor", cursor);
  return useQuery<{ items: Membership[]; nextCursor?: string }, Error>({
    queryKey: ["framework", "suppliers", cursor ?? ""],
    queryFn: ({ signal }) => apiFetch(`/api/framework/suppliers?${params.toString()}`, { signal }),
    enabled: session !== null,
  });
}
