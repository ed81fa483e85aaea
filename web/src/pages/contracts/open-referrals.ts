import type { OpenContractReferral, TransferTarget } from "#shared/contracts/transfer.ts";

/** The contracts one referral may move to: those covering its delivery unit and offering its tier. */
export const targetsFor = (referral: OpenContractReferral, targets: TransferTarget[]) =>
  targets
    .filter((t) => t.pduIds.includes(referral.pdu) && t.tierIds.includes(referral.tierId))
    .map((t) => ({ value: t.id, text: `${t.reference} — ${t.organisationName}` }));

/** What the page says about a terminated contract's open referrals. */
export const completionText = (
  status: string | undefined,
  completeUntil: string | undefined,
  date: (d: string) => string,
) =>
  status === "terminated" && completeUntil
    ? `This contract has been terminated. Its open referrals may complete under it until ${date(completeUntil)}, or move to another live contract for the same need area and delivery unit.`
    : undefined;

/** The warning once the completion date has passed: delivery under the contract is refused until each moves. */
export const pastCompletionText = (
  completeUntil: string | undefined,
  past: boolean | undefined,
  date: (d: string) => string,
) =>
  past && completeUntil
    ? `The date for completing these referrals under this contract, ${date(completeUntil)}, has passed. The provider can no longer deliver them under it: transfer each one to another contract.`
    : undefined;
