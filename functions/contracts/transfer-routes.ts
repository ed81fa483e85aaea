import * as z from "zod";
import { openContractReferralsSchema, transferReferralSchema } from "#shared/contracts/transfer.ts";
import { pathId } from "#shared/http/path-id.ts";
import { referralSchema } from "#shared/referrals/referral.ts";
import { inFunction } from "../platform/route.ts";

const context = "contracts";
const contractParams = z.object({ contractId: pathId("contract") });

/** Open referrals of an ended contract (issue 18 item 5): the officer sees their own, the parties all. */
export const listOpenContractReferralsRoute = {
  operationId: "listOpenContractReferrals",
  method: "GET",
  path: "/api/contracts/{contractId}/open-referrals",
  summary:
    "A terminated contract's open referrals, the date they may complete by and (commissioners) the live contracts they may move to",
  context,
  handler: "contracts/list-open-referrals.ts",
  access: ["commissioner", "provider", "responsible-officer"],
  request: { params: contractParams },
  response: { status: 200, description: "The open referrals", schema: openContractReferralsSchema },
  grants: { table: "read" },
} as const;

export const transferContractReferralRoute = {
  operationId: "transferContractReferral",
  method: "POST",
  path: "/api/contracts/{contractId}/open-referrals/{referralId}/transfer",
  summary:
    "The commissioner moves an open referral of a terminated contract to another live contract for its need area and delivery unit",
  context,
  handler: "contracts/transfer-referral.ts",
  access: ["commissioner"],
  request: {
    params: contractParams.extend({ referralId: pathId("referral") }),
    body: transferReferralSchema,
  },
  response: { status: 200, description: "The referral under its new contract", schema: referralSchema },
  grants: { table: "readwrite" },
} as const;

/** Termination's open referrals: the list and the transfer. */
// A function of its own: contracts in one function is over the 250 KB budget (ADR 0013).
export const contractTransferRoutes = inFunction("contracts-transfers", [
  listOpenContractReferralsRoute,
  transferContractReferralRoute,
]);
