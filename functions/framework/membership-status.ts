import type { MembershipStatus } from "#shared/framework/membership.ts";

/** The membership status an organisation profile carries (absent: active since admission). */
export const membershipStatusOf = (organisation: object | undefined): MembershipStatus =>
  (organisation as { membership?: { status?: MembershipStatus } } | undefined)?.membership?.status ??
  "active";
