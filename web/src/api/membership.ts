import type { Membership } from "#shared/framework/membership.ts";
import { apiFetch } from "./client.ts";
import { useApiQuery } from "./use-api-query.ts";

const path = (organisationId: string) =>
  `/api/framework/suppliers/${encodeURIComponent(organisationId)}/membership`;

export const membershipKeys = {
  one: (organisationId: string) => ["framework", "membership", organisationId] as const,
};

/** `GET /api/framework/suppliers/{id}/membership`: active, suspended or removed, and why. */
export const useSupplierMembership = (organisationId: string) =>
  useApiQuery<Membership>(membershipKeys.one(organisationId), path(organisationId));

/** `POST /api/framework/suppliers/{id}/membership`: suspend, remove or reinstate, with a ground and reason. */
export const changeSupplierMembership = (organisationId: string, body: unknown) =>
  apiFetch<Membership>(path(organisationId), { method: "POST", body });

/** `GET /api/framework/suppliers`: one page of the suppliers on the dynamic market, by name. */
export const useSuppliers = (cursor: string | undefined) =>
  useApiQuery<{ items: Membership[]; nextCursor?: string }>(
    ["framework", "suppliers", cursor ?? ""],
    `/api/framework/suppliers?${new URLSearchParams({ limit: "50", ...(cursor ? { cursor } : {}) }).toString()}`,
  );
