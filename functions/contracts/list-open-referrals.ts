import { londonDate } from "#shared/time/index.ts";
import { listContractReferrals } from "../referrals/index.ts";
import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { maySeeContract } from "./access.ts";
import { findContract } from "./repository.ts";
import { listOpenContractReferralsRoute } from "./transfer-routes.ts";
import { targetView, transferTargets } from "./transfer-targets.ts";

/**
 * A contract's open referrals: the commissioners of its regions and its provider see them all, a
 * responsible officer only their own (404 if they have none under it). Commissioners also get the
 * live contracts a referral may move to once the contract is terminated.
 */
export const handler = httpHandler(listOpenContractReferralsRoute, async ({ principal, params }) => {
  const contract = await findContract(params.contractId);
  const officer = principal.role === "responsible-officer";
  if (!contract || (!officer && !maySeeContract(principal, contract)))
    throw notFound("We could not find that contract.");
  const all = await listContractReferrals(contract.organisationId, contract.id);
  const mine = officer ? all.filter((r) => r.officer.userId === principal.userId) : all;
  if (officer && mine.length === 0) throw notFound("We could not find that contract.");
  const terminated = contract.status === "terminated";
  const targets = terminated && principal.role === "commissioner" ? await transferTargets(contract) : [];
  return {
    ...(contract.termination
      ? {
          completeUntil: contract.termination.completeUntil,
          pastCompleteUntil: londonDate(now()) > contract.termination.completeUntil,
        }
      : {}),
    items: mine.map((r) => ({
      id: r.id,
      ...(r.reference ? { reference: r.reference } : {}),
      status: r.status,
      tierId: r.tierId,
      pdu: r.pdu,
      officerName: r.officer.name,
      ...(r.sentAt ? { sentAt: r.sentAt } : {}),
      version: r.version,
    })),
    targets: targets.map(targetView),
  };
});
