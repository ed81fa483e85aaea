import type { WithdrawalReason } from "./schema.ts";

/** Why a responsible officer withdraws a referral or closes it early, as PRODUCT.md lists them. */
export const withdrawalReasons: WithdrawalReason[] = [
  { id: "ineligible", name: "Ineligible" },
  { id: "mistaken-or-duplicate", name: "Mistaken or duplicate" },
  { id: "not-engaged", name: "Not engaged" },
  { id: "needs-met-elsewhere", name: "Needs met elsewhere" },
  { id: "moved-out-of-area", name: "Moved out of area" },
  { id: "work-caring-sickness", name: "Work, caring or sickness" },
  { id: "died", name: "Died" },
  { id: "acquitted-on-appeal", name: "Acquitted on appeal" },
  { id: "returned-to-custody", name: "Returned to custody" },
  { id: "sentence-revoked", name: "Sentence revoked" },
  { id: "sentence-expired", name: "Sentence expired" },
  { id: "completed-early", name: "Completed early" },
  { id: "other-change-of-circumstance", name: "Other change of circumstance" },
];
