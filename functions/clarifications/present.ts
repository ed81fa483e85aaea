import type { Principal } from "#shared/auth/principal.ts";
import type { Clarification } from "#shared/opportunities/clarification.ts";
import type { StoredQuestion } from "./repository.ts";

/** Commissioners see the asker; providers never do (only whether the question was their own). */
export const present = (principal: Principal, q: StoredQuestion): Clarification => {
  const { askedByOrganisationId, askedByOrganisationName, ...rest } = q;
  return principal.role === "commissioner"
    ? { ...rest, askedByOrganisationName }
    : { ...rest, askedByYou: askedByOrganisationId === principal.organisationId };
};
