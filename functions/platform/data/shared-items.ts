import { defineItem } from "./define-item.ts";

/**
 * Keys that more than one context (or platform code) relies on, declared once here where all may
 * import them. An opportunity's details, listing entries, bids, questions and evaluation live in its
 * partition on purpose, so one Query reads what one screen needs together.
 */
export const opportunityPartition = (opportunityId: string) => `OPP#${opportunityId}`;

/**
 * A person's profile: owned by accounts, and read by the platform's sign-in to name the caller.
 * Profiles were stored without a type, and no stream consumer reads them.
 */
export const userProfileKind = defineItem({
  pk: (u: { userId: string }) => `USER#${u.userId}`,
  sk: () => "PROFILE",
});

/**
 * A person's membership of a provider organisation (their roles there): written by accounts, read
 * on every provider request by the handler pipeline (one GetItem by user id, ADR 0025) and by
 * referrals to list the caseworkers. gsi1 lists an organisation's members by name.
 */
export const membershipKind = defineItem({
  type: "membership",
  pk: (m: { userId: string }) => `USER#${m.userId}`,
  sk: () => "MEMBERSHIP",
  gsi1: {
    pk: (m: { organisationId: string }) => `ORG#${m.organisationId}#MEMBERS`,
    sk: (m: { name: string; userId: string }) => `${m.name.toLowerCase()}#${m.userId}`,
  },
});

/**
 * A member of the probation staff managed by framework administrators, listed by name in gsi1:
 * written by accounts, read on every staff request by the handler pipeline (one GetItem by user id),
 * so a change of regions, PDU or framework-admin flag, or a removal, reaches the next request.
 */
export const staffMemberKind = defineItem({
  type: "staff-member",
  pk: (s: { userId: string }) => `USER#${s.userId}`,
  sk: () => "STAFF",
  gsi1: {
    pk: () => "STAFF#MEMBERS",
    sk: (s: { name: string; userId: string }) => `${s.name.toLowerCase()}#${s.userId}`,
  },
});
