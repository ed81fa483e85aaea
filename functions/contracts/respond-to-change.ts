import type { ContractChange } from "#shared/contracts/change.ts";
import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, ruleBroken } from "../platform/http/problems.ts";
import { changePut } from "./apply-change.ts";
import { contractHref, partyOf, requireLive } from "./change-parties.ts";
import { respondToContractChangeRoute } from "./change-routes.ts";
import { contractFor, findChange, writeTransition } from "./management-repository.ts";
import { notifyParties, otherParty } from "./notify.ts";

/** A change keeps at most this many responses, so its item stays well inside DynamoDB's item size. */
const maxResponses = 50;

/**
 * A party's response to a proposed change (seed 003 §8.1.4–8.1.5): a comment, a request for
 * clarification (from the party that did not propose it) or the clarification (from the one that did).
 */
export const handler = httpHandler(respondToContractChangeRoute, async ({ principal, params, body }) => {
  const contract = await contractFor(principal, params.contractId);
  const change = await findChange(contract.id, params.changeId);
  requireLive(contract);
  if (change.version !== body.version) throw conflict();
  if (change.status !== "proposed")
    throw ruleBroken("This change has been decided, so it takes no more responses.", "change-decided");
  const by = partyOf(principal);
  const proposer = change.proposedBy.role === by.role;
  if (body.kind === "clarification-request" && proposer)
    throw ruleBroken("Only the other party can ask the proposer for clarification.");
  if (body.kind === "clarification" && !proposer)
    throw ruleBroken("Only the party that proposed the change can clarify it.");
  if (change.responses.length >= maxResponses)
    throw ruleBroken("This change has as many responses as it can hold. Decide it or propose it again.");
  const at = now().toISOString();
  const next: ContractChange = {
    ...change,
    responses: [...change.responses, { kind: body.kind, text: body.text, by, at }],
    version: change.version + 1,
  };
  const label = {
    comment: "A comment",
    "clarification-request": "A request for clarification",
    clarification: "A clarification",
  }[body.kind];
  await writeTransition([
    changePut(next, change),
    auditPut(principal, {
      entityType: "contract",
      entityId: contract.id,
      action: `contract-change-${body.kind}`,
      details: { changeId: change.id, number: change.number },
    }),
    ...(await notifyParties(contract, otherParty(principal), {
      title: `${label} on NoC ${change.number} to contract ${contract.reference}`,
      body: `${by.name} responded to the proposed change.`,
      href: contractHref(contract, "changes"),
    })),
  ]);
  return next;
});
