import { asReference } from "#shared/referrals/reference.ts";
import { crnPattern } from "#shared/referrals/sections.ts";
import { searchTermOf } from "./items.ts";
import { normaliseName } from "./repository.ts";

/**
 * What a person typed as the prefix of a search key: a reference or a CRN is looked up as such,
 * anything else as the start of a name ("murr", "alex m", "murray alex").
 */
export const searchTerm = (q: string): string => {
  const reference = asReference(q);
  if (reference) return searchTermOf.reference(reference);
  const crn = q.trim().toUpperCase();
  if (crnPattern.test(crn)) return searchTermOf.crn(crn);
  return searchTermOf.name(normaliseName(q));
};
