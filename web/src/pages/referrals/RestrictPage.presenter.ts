import type { RestrictionInput } from "#shared/referrals/restriction.ts";
import type { Referral } from "#shared/referrals/referral.ts";

/** The restriction form as typed: staff IDs one per line, teams as ticked boxes. */
export interface RestrictValues {
  allowedUserIds: string;
  allowedTeams: string[];
  excludedUserIds: string;
}

const lines = (text: string) =>
  text
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The form's starting values: the restriction the referral already carries, if any. */
export const restrictDefaults = (r: Referral): RestrictValues => ({
  allowedUserIds: (r.restriction?.allowedUserIds ?? []).join("\n"),
  allowedTeams: r.restriction?.allowedTeams ?? [],
  excludedUserIds: (r.restriction?.excludedUserIds ?? []).join("\n"),
});

/** What the API is sent: the lists, on the version the officer loaded. */
export const restrictRequest = (values: RestrictValues, version: number): RestrictionInput => ({
  allowedUserIds: lines(values.allowedUserIds),
  allowedTeams: values.allowedTeams,
  excludedUserIds: lines(values.excludedUserIds),
  version,
});

/** The teams the officer can tick: their PDU and the provider delivering the referral. */
export const teamChoices = (r: Referral) => [
  { value: r.pdu, text: "Everyone in the referral’s probation delivery unit (PDU)" },
  { value: r.organisationId, text: `The provider delivering it: ${r.organisationName}` },
];

/** The banner after saving: restricted, or no longer. */
export const restrictFlash = (request: RestrictionInput) =>
  request.allowedUserIds.length + request.allowedTeams.length + request.excludedUserIds.length === 0
    ? "Anyone who could see this person’s referrals can see them again."
    : "Access to this person’s referrals is restricted. Everyone else is told they do not exist.";
