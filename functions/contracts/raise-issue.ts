import { monotonicFactory } from "ulid";
import type { StoredIssue } from "#shared/contracts/issue.ts";
import { withOverdue } from "#shared/contracts/issue.ts";
import { addWorkingDays } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { httpHandler, withStatus } from "../platform/http/handler.ts";
import { ruleBroken } from "../platform/http/problems.ts";
import { contractHref, partyOf } from "./change-parties.ts";
import { raiseContractIssueRoute } from "./issue-routes.ts";
import { issuePut } from "./issue-write.ts";
import {
  claimNumber,
  contractFor,
  findChange,
  nextNumber,
  writeTransition,
} from "./management-repository.ts";
import { notifyParties, otherParty } from "./notify.ts";

const ulid = monotonicFactory();

/**
 * An issue report (seed 003 §7.4.1). Its 10-working-day share clock starts now. Raised against a
 * change, it must come from the provider within 10 working days of the change's decision (§8.1.10).
 */
export const handler = httpHandler(raiseContractIssueRoute, async ({ principal, params, body }) => {
  const contract = await contractFor(principal, params.contractId);
  const at = now();
  if (body.changeId) {
    const change = await findChange(contract.id, body.changeId);
    if (principal.role !== "provider")
      throw ruleBroken("Only the provider can raise an issue against a change.", "issue-against-change");
    if (!change.issueWindowEndsAt || at.toISOString() > change.issueWindowEndsAt)
      throw ruleBroken(
        "An issue against a change must be raised within 10 working days of the decision or notice.",
        "issue-window-closed",
      );
  }
  const number = await nextNumber(contract.id, "issues");
  const issue: StoredIssue = {
    ...body,
    id: ulid(at.getTime()),
    contractId: contract.id,
    contractReference: contract.reference,
    organisationId: contract.organisationId,
    regionId: contract.regionIds[0]!,
    number,
    originator: partyOf(principal),
    raisedAt: at.toISOString(),
    status: "raised",
    shareBy: addWorkingDays(at, 10).toISOString(),
    level: "contract-managers",
    comments: [],
    decisions: [],
    version: 1,
  };
  await writeTransition([
    claimNumber(contract.id, "issues", number),
    issuePut(issue, undefined),
    auditPut(principal, {
      entityType: "contract",
      entityId: contract.id,
      action: "contract-issue-raised",
      toState: "raised",
      details: {
        issueId: issue.id,
        number,
        severity: body.severity,
        ...(body.changeId ? { changeId: body.changeId } : {}),
      },
    }),
    ...(await notifyParties(contract, otherParty(principal), {
      title: `Issue ${number} raised on contract ${contract.reference}`,
      body: `${principal.name} raised an issue report. It will be shared with you within 10 working days.`,
      href: contractHref(contract, "issues"),
    })),
  ]);
  return withStatus(201, withOverdue(issue, at));
});
