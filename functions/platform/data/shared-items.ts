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
