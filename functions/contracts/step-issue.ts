import { type IssueLevel, issueLevels, type StoredIssue, withOverdue } from "#shared/contracts/issue.ts";
import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, forbidden, ruleBroken } from "../platform/http/problems.ts";
import { contractHref, partyOf } from "./change-parties.ts";
import { stepContractIssueRoute } from "./issue-routes.ts";
import { issuePut } from "./issue-write.ts";
import { contractFor, findIssue, writeTransition } from "./management-repository.ts";
import { notifyParties, otherParty } from "./notify.ts";

const levelNames: Record<IssueLevel, string> = {
  "contract-managers": "the contract managers",
  "sub-committee": "the commissioning sub-committee",
  executive: "the executive",
};
/** An issue keeps at most this many comments, so its item stays well inside DynamoDB's item size. */
const maxComments = 50;

/**
 * One step of issue resolution (seed 003 §7.4): the originator shares the report; either party
 * comments; either escalates it a level (with reasons); a commissioner records the decision of the
 * current level, which resolves it. The executive's decision is final: nothing escalates past it.
 */
export const handler = httpHandler(stepContractIssueRoute, async ({ principal, params, body }) => {
  const contract = await contractFor(principal, params.contractId);
  const issue = await findIssue(contract.id, params.issueId);
  if (issue.version !== body.version) throw conflict();
  if (issue.status === "resolved")
    throw ruleBroken("This issue has been decided and is closed.", "issue-closed");
  const by = partyOf(principal);
  const at = now().toISOString();
  const text = body.text ?? "";
  let next: StoredIssue = { ...issue, version: issue.version + 1 };
  let message: string;
  if (body.step === "share") {
    if (issue.originator.role !== by.role)
      throw forbidden("Only the party that raised the issue can share it.");
    if (issue.status !== "raised") throw ruleBroken("This issue has already been shared.", "issue-shared");
    next = { ...next, status: "shared", sharedAt: at };
    message = `${by.name} shared issue report ${issue.number}. Add your comments to it.`;
  } else if (body.step === "comment") {
    if (issue.comments.length >= maxComments)
      throw ruleBroken("This issue has as many comments as it can hold. Escalate or decide it.");
    next = { ...next, comments: [...issue.comments, { text, by, at }] };
    message = `${by.name} commented on issue ${issue.number}.`;
  } else {
    if (issue.status !== "shared")
      throw ruleBroken("Share the issue report with the other party first.", "issue-not-shared");
    if (body.step === "decide" && principal.role !== "commissioner")
      throw forbidden("Only a commissioner can record the decision on an issue.");
    const index = issueLevels.indexOf(issue.level);
    const higher = issueLevels[index + 1];
    if (body.step === "escalate" && !higher)
      throw ruleBroken(
        "The executive's decision is final and binding: the issue cannot go higher.",
        "issue-final",
      );
    const outcome = body.step === "escalate" ? ("escalated" as const) : ("resolved" as const);
    next = {
      ...next,
      decisions: [...issue.decisions, { level: issue.level, outcome, reasons: text, by, at }],
      ...(outcome === "escalated" ? { level: higher! } : { status: "resolved" as const }),
    };
    message =
      outcome === "escalated"
        ? `${by.name} escalated issue ${issue.number} to ${levelNames[higher!]}.`
        : `Issue ${issue.number} was decided by ${levelNames[issue.level]}.`;
  }
  await writeTransition([
    issuePut(next, issue),
    auditPut(principal, {
      entityType: "contract",
      entityId: contract.id,
      action: `contract-issue-${body.step}`,
      fromState: `${issue.status}/${issue.level}`,
      toState: `${next.status}/${next.level}`,
      details: { issueId: issue.id, number: issue.number },
    }),
    ...(await notifyParties(
      contract,
      body.step === "decide" ? "both" : otherParty(principal),
      {
        title: `Issue ${issue.number} on contract ${contract.reference}`,
        body: message,
        href: contractHref(contract, "issues"),
      },
      principal.userId,
    )),
  ]);
  return withOverdue(next, new Date(at));
});
