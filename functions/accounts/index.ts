/** The accounts context's public module: all that other contexts may import from it (ADR "lint boundaries"). */
export {
  accountKeys,
  admittedOrganisationIndex,
  findOrganisation,
  listAdmittedOrganisationNames,
  listCommissioners,
  readProfile,
} from "./repository.ts";
export type { OrganisationStanding } from "./repository.ts";
