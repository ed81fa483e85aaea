import { defineItem } from "../platform/data/define-item.ts";
import { userProfileKind } from "../platform/data/shared-items.ts";

export { userProfileKind };

/** An organisation's profile (stored without a type, like a person's); an admitted one is listed in gsi1 by name, so a Query finds them all. */
export const organisationProfileKind = defineItem({
  pk: (o: { organisationId: string }) => `ORG#${o.organisationId}`,
  sk: () => "PROFILE",
  gsi1: {
    pk: () => "ORGANISATIONS#admitted",
    sk: (o: { name: string }) => o.name.toLowerCase(),
    when: (o: { frameworkStatus?: string }) => o.frameworkStatus === "admitted",
  },
});

/** One entry per commissioner per region they cover: "who can sit on a panel here" is a Query. */
export const commissionerDirectoryKind = defineItem({
  type: "commissioner-directory-entry",
  pk: (e: { userId: string }) => userProfileKind.pk(e),
  sk: (e: { regionId: string }) => `DIRECTORY#${e.regionId}`,
  gsi1: {
    pk: (e: { regionId: string }) => `COMMISSIONERS#${e.regionId}`,
    sk: (e: { name: string; userId: string }) => `${e.name.toLowerCase()}#${e.userId}`,
  },
});

export { membershipKind } from "../platform/data/shared-items.ts";

/**
 * An invitation, looked up by the id inside its link (the link's secret is stored only as a hash).
 * While pending it is listed in gsi1 under who it is for: an organisation's invitations or the
 * probation staff's, oldest first.
 */
export const invitationKind = defineItem({
  type: "invitation",
  pk: (i: { id: string }) => `INVITATION#${i.id}`,
  sk: () => "DETAILS",
  gsi1: {
    pk: (i: { into: string }) => `INVITATIONS#${i.into}`,
    sk: (i: { createdAt: string; id: string }) => `${i.createdAt}#${i.id}`,
    when: (i: { status: string }) => i.status === "pending",
  },
});

/** A local sign-in account (the local identity directory's; Cognito holds these in the cloud). */
export const signInAccountKind = defineItem({
  type: "sign-in-account",
  pk: (a: { userId: string }) => `USER#${a.userId}`,
  sk: () => "SIGN-IN",
});

/** Claims a login name for one account: the condition on it keeps e-mail addresses unique. */
export const loginClaimKind = defineItem({
  type: "login-claim",
  pk: (l: { email: string }) => `LOGIN#${l.email.toLowerCase()}`,
  sk: () => "LOGIN",
});

export { staffMemberKind } from "../platform/data/shared-items.ts";
