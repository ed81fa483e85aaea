/** The accounts context's public module: all that other contexts may import from it (ADR "lint boundaries"). */
export {
  accountKeys,
  admittedOrganisationIndex,
  findOrganisation,
  listAdmittedOrganisationNames,
  listAdmittedOrganisations,
  listCommissioners,
  readProfile,
} from "./repository.ts";
export type { OrganisationStanding } from "./repository.ts";
export { firstAdministratorUpdate, listMemberEmails } from "./members.ts";
export { peopleAccountSource } from "./sign-in-account.ts";
export type { AccountSource, SignInAccount } from "./sign-in-account.ts";
