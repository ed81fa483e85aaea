import { liftsRestriction, type Restriction } from "#shared/referrals/restriction.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { ruleBroken } from "../platform/http/problems.ts";
import { changeReferral, personOf } from "./access.ts";
import {
  crnOf,
  maxReferralsPerPerson,
  otherReferralsOf,
  personLinkPut,
  restrictionCopy,
  restrictionWrite,
} from "./restriction-items.ts";
import { restrictRoute } from "./restriction-routes.ts";
import type { StoredReferral } from "./stored.ts";

/**
 * The officer restricts (or lifts the restriction on) the person a referral is for: the restriction
 * is kept by CRN and copied onto each of the person's referrals in one transaction, so every later
 * read needs only the referral item it already fetches. A race with any change to any of them is a 409.
 */
export const handler = httpHandler(restrictRoute, async ({ principal, params, body }) => {
  const { version: _v, ...named } = body;
  let crn = "";
  let restriction: Restriction | undefined;
  let others: StoredReferral[] = [];
  return changeReferral({
    principal,
    referralId: params.referralId,
    version: body.version,
    event: "restrict",
    check: (r) => {
      const found = crnOf(r);
      if (!found) throw ruleBroken("Enter the person's CRN before you restrict who may see their referrals.");
      crn = found;
    },
    update: async (r, at) => {
      others = await otherReferralsOf(crn, r);
      if (others.length > maxReferralsPerPerson)
        throw ruleBroken(
          "This person has too many referrals to restrict at once. Ask the service desk to help.",
        );
      restriction = liftsRestriction(named)
        ? undefined
        : { crn, ...named, setBy: personOf(principal), setAt: at };
      const { restriction: _old, ...rest } = r;
      return restriction ? { ...rest, restriction } : rest;
    },
    audit: () => ({
      action: restriction ? "person-restricted" : "person-restriction-lifted",
      details: {
        allowedPeople: named.allowedUserIds.length,
        allowedTeams: named.allowedTeams.length,
        excludedPeople: named.excludedUserIds.length,
        referrals: others.length + 1,
      },
    }),
    extra: (r) => [
      restrictionWrite(crn, restriction),
      ...(r.status === "draft" ? [] : [personLinkPut(crn, r.id)]),
      ...others.map((o) => restrictionCopy(o, restriction)),
    ],
  });
});
