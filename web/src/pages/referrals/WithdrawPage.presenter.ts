import type { Referral } from "#shared/referrals/referral.ts";

/** What the withdraw page says: a started referral is closed early, one not yet started is withdrawn. */
export function withdrawWords(referral: Pick<Referral, "status">) {
  const early = referral.status === "in-progress";
  return early
    ? { title: "Close this referral early", button: "Close referral early", flash: "Referral closed early" }
    : { title: "Withdraw this referral", button: "Withdraw referral", flash: "Referral withdrawn" };
}
