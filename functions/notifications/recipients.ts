import { listMemberEmails } from "../referrals/index.ts";

/** The e-mail addresses of a provider organisation's people (every member, whatever their roles). */
export const organisationEmails = async (organisationId: string): Promise<string[]> =>
  (await listMemberEmails(organisationId)).filter((email) => email.length > 0);
