import { monotonicFactory } from "ulid";
import { checkTerms } from "#shared/contracts/amend.ts";
import type { ContractChange } from "#shared/contracts/change.ts";
import { addWorkingDays, londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { withStatus, httpHandler } from "../platform/http/handler.ts";
import { forbidden, invalid } from "../platform/http/problems.ts";
import { agreedChangeItems, changePut, noticeFacts } from "./apply-change.ts";
import { contractHref, partyOf, requireLive } from "./change-parties.ts";
import { proposeContractChangeRoute } from "./change-routes.ts";
import { claimNumber, contractFor, nextNumber, writeTransition } from "./management-repository.ts";
import { notifyParties, otherParty } from "./notify.ts";

const ulid = monotonicFactory();

/**
 * A Notice of Change (seed 003 §8.1). Discretionary: either party proposes it for the other to answer
 * and the commissioner to decide. Mandatory: only a commissioner, agreed as issued, applied at once
 * if it takes effect on notification (or by the daily job on its date).
 */
export const handler = httpHandler(proposeContractChangeRoute, async ({ principal, params, body }) => {
  const contract = await contractFor(principal, params.contractId);
  if (body.kind === "mandatory" && principal.role !== "commissioner")
    throw forbidden("Only a commissioner can issue a mandatory change.");
  requireLive(contract);
  const at = now();
  const today = londonDate(at);
  const errors = checkTerms(contract, body.terms);
  if (body.kind === "discretionary" && !body.effectiveDate)
    errors.push({ path: "effectiveDate", message: "Enter the date the change should take effect" });
  if (body.effectiveDate && body.effectiveDate < today)
    errors.push({ path: "effectiveDate", message: "The change must take effect today or later" });
  if (errors.length) throw invalid(errors);
  const number = await nextNumber(contract.id, "changes");
  const by = partyOf(principal);
  const proposed: ContractChange = {
    id: ulid(at.getTime()),
    contractId: contract.id,
    number,
    kind: body.kind,
    status: "proposed",
    proposedBy: by,
    proposedAt: at.toISOString(),
    terms: body.terms,
    reason: body.reason,
    ...(body.businessCase ? { businessCase: body.businessCase } : {}),
    effectiveDate: body.effectiveDate ?? today,
    attachmentIds: body.attachmentIds ?? [],
    responses: [],
    version: 1,
  };
  const mandatory = body.kind === "mandatory";
  const change: ContractChange = mandatory
    ? {
        ...proposed,
        status: "agreed",
        decision: { outcome: "as-proposed", reason: body.reason, by, at: at.toISOString() },
        notice: noticeFacts(contract, body.terms, proposed.effectiveDate, body.reason),
        issueWindowEndsAt: addWorkingDays(at, 10).toISOString(),
      }
    : proposed;
  const what = mandatory ? "Mandatory change" : "Proposed change";
  await writeTransition([
    claimNumber(contract.id, "changes", number),
    ...(mandatory
      ? agreedChangeItems(principal, contract, undefined, change, today)
      : [changePut(change, undefined)]),
    auditPut(principal, {
      entityType: "contract",
      entityId: contract.id,
      action: mandatory ? "contract-change-mandated" : "contract-change-proposed",
      toState: change.status,
      details: { changeId: change.id, number, effectiveDate: change.effectiveDate },
    }),
    ...(await notifyParties(contract, otherParty(principal), {
      title: `${what}: NoC ${number} to contract ${contract.reference}`,
      body: mandatory
        ? `${by.name} issued a mandatory change taking effect on ${change.effectiveDate}.`
        : `${by.name} proposed a change to take effect on ${change.effectiveDate}. Respond to it on the contract's changes tab.`,
      href: contractHref(contract, "changes"),
    })),
  ]);
  return withStatus(
    201,
    change.effectiveDate <= today && mandatory ? { ...change, status: "applied" } : change,
  );
});
