import { listCaseworkers } from "./caseworkers.ts";
import type { StoredReferral } from "./stored.ts";

/**
 * Who at the provider hears about a change by e-mail: the assigned caseworker, or every caseworker
 * of the organisation while nobody is assigned.
 */
export const caseworkerEmail = async (r: StoredReferral): Promise<string[]> => {
  const caseworkers = await listCaseworkers(r.organisationId);
  const assigned = caseworkers.filter((c) => c.userId === r.caseworker?.userId);
  return (assigned.length ? assigned : caseworkers).map((c) => c.email);
};
