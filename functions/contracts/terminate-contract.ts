import type { Contract } from "#shared/contracts/contract.ts";
import { londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { tableName } from "../platform/data/dynamo.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, forbidden, invalid } from "../platform/http/problems.ts";
import { contractStateItems } from "./apply-change.ts";
import { contractHref, requireLive } from "./change-parties.ts";
import { terminateContractRoute } from "./change-routes.ts";
import { contractKind } from "./items.ts";
import { contractFor, writeTransition } from "./management-repository.ts";
import { notifyParties } from "./notify.ts";

/** The calendar day before a YYYY-MM-DD date. */
const dayBefore = (date: string) =>
  new Date(Date.parse(`${date}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * The commissioner ends a contract with a reason and an effective date. Its interventions' last day
 * becomes the day before, so the catalogue (which lists only interventions live today) stops showing
 * them from the effective date with no job to run; referrals already sent complete under it until
 * `completeUntil`. Kept on the contract: the facts a termination notice needs.
 */
export const handler = httpHandler(terminateContractRoute, async ({ principal, params, body }) => {
  const contract = await contractFor(principal, params.contractId);
  if (principal.role !== "commissioner") throw forbidden("Only a commissioner can terminate a contract.");
  requireLive(contract);
  if ((contract.termsVersion ?? 1) !== body.termsVersion) throw conflict();
  const at = now();
  const today = londonDate(at);
  const errors = [];
  if (body.effectiveDate < today)
    errors.push({ path: "effectiveDate", message: "The termination must take effect today or later" });
  if (body.effectiveDate > contract.endDate)
    errors.push({
      path: "effectiveDate",
      message: `The contract ends on ${contract.endDate} anyway: choose an earlier date`,
    });
  if (body.completeUntil < body.effectiveDate)
    errors.push({
      path: "completeUntil",
      message: "Open referrals must be allowed to complete on or after the termination date",
    });
  if (errors.length) throw invalid(errors);
  const lastDay = dayBefore(body.effectiveDate);
  const after: Contract = {
    ...contract,
    status: "terminated",
    endDate: lastDay,
    interventions: contract.interventions.map((i) => ({
      ...i,
      endDate: i.endDate < lastDay ? i.endDate : lastDay,
      // Kept on each intervention, which delivery steps already read: no referral need be rewritten.
      completeUntil: body.completeUntil,
    })),
    termination: { ...body, at: at.toISOString() },
  };
  const [, ...rest] = contractStateItems(contract, after);
  await writeTransition([
    {
      Put: {
        TableName: tableName(),
        Item: contractKind.item(after, after),
        ConditionExpression:
          "(attribute_not_exists(termsVersion) OR termsVersion = :v) AND (attribute_not_exists(#status) OR #status = :live)",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: { ":v": contract.termsVersion ?? 1, ":live": "live" },
      },
    },
    ...rest,
    auditPut(principal, {
      entityType: "contract",
      entityId: contract.id,
      action: "contract-terminated",
      fromState: "live",
      toState: "terminated",
      details: { reason: body.reason, effectiveDate: body.effectiveDate, completeUntil: body.completeUntil },
    }),
    ...(await notifyParties(
      contract,
      "both",
      {
        title: `Contract ${contract.reference} terminated`,
        body: `${principal.name} terminated the contract from ${body.effectiveDate}. Referrals already sent may complete until ${body.completeUntil}.`,
        href: contractHref(contract),
      },
      principal.userId,
    )),
  ]);
  return after;
});
