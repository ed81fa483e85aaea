import { listCaseworkers } from "../referrals/index.ts";

/** The e-mail addresses of a provider organisation's people (its caseworker list holds every one). */
export const organisationEmails = async (organisationId: string): Promise<string[]> =>
  (await listCaseworkers(organisationId)).map((c) => c.email).filter((email) => email.length > 0);
