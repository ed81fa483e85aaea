import { checkTerms } from "#shared/contracts/amend.ts";
import type { ContractChange } from "#shared/contracts/change.ts";
import { addWorkingDays, londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, forbidden, invalid, ruleBroken } from "../platform/http/problems.ts";
import { agreedChangeItems, changePut, noticeFacts } from "./apply-change.ts";
import { contractHref, partyOf, requireLive } from "./change-parties.ts";
import { decideContractChangeRoute } from "./change-routes.ts";
import { contractFor, findChange, writeTransition } from "./management-repository.ts";
import { notifyParties } from "./notify.ts";

const outcomes = {
  "as-proposed": "agreed as proposed",
  "as-modified": "agreed as modified",
  "no-change": "not agreed: no change",
} as const;

/**
 * The commissioner's decision on a discretionary change (seed 003 §8.1.6), always with a reason. An
 * agreed change applies at once if its date has come — contract terms and catalogue in the same
 * transaction — or waits for the daily job. Two decisions at once: the change's version lets one win (409).
 */
export const handler = httpHandler(decideContractChangeRoute, async ({ principal, params, body }) => {
  const contract = await contractFor(principal, params.contractId);
  const change = await findChange(contract.id, params.changeId);
  if (principal.role !== "commissioner") throw forbidden("Only a commissioner can decide a change.");
  requireLive(contract);
  if (change.version !== body.version) throw conflict();
  if (change.status !== "proposed")
    throw ruleBroken("This change has already been decided.", "change-decided");
  const at = now();
  const today = londonDate(at);
  const terms = body.outcome === "as-modified" && body.terms ? body.terms : change.terms;
  const effectiveDate = body.effectiveDate ?? (change.effectiveDate < today ? today : change.effectiveDate);
  const errors = body.outcome === "as-modified" && body.terms ? checkTerms(contract, body.terms) : [];
  if (body.effectiveDate && body.effectiveDate < today)
    errors.push({ path: "effectiveDate", message: "The change must take effect today or later" });
  if (errors.length) throw invalid(errors);
  const by = partyOf(principal);
  const decision = { outcome: body.outcome, reason: body.reason, by, at: at.toISOString() };
  const agreed = body.outcome !== "no-change";
  const next: ContractChange = {
    ...change,
    status: agreed ? "agreed" : "rejected",
    effectiveDate,
    decision,
    issueWindowEndsAt: addWorkingDays(at, 10).toISOString(),
    ...(agreed ? { notice: noticeFacts(contract, terms, effectiveDate, body.reason) } : {}),
    version: change.version + 1,
  };
  await writeTransition(
    [
      ...(agreed ? agreedChangeItems(principal, contract, change, next, today) : [changePut(next, change)]),
      auditPut(principal, {
        entityType: "contract",
        entityId: contract.id,
        action: "contract-change-decided",
        fromState: "proposed",
        toState: next.status,
        details: { changeId: change.id, number: change.number, outcome: body.outcome },
      }),
      ...(await notifyParties(
        contract,
        "both",
        {
          title: `NoC ${change.number} to contract ${contract.reference} ${outcomes[body.outcome]}`,
          body: agreed
            ? `${by.name} decided the change; it takes effect on ${effectiveDate}.`
            : `${by.name} decided to make no change.`,
          href: contractHref(contract, "changes"),
        },
        principal.userId,
      )),
    ],
    "Someone else decided this change since you loaded it. Reload to see the decision.",
  );
  return agreed && effectiveDate <= today ? { ...next, status: "applied" } : next;
});
