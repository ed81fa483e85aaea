import { bidOutcomeItems, submittedBids } from "../bids/index.ts";
import { contractItems } from "../contracts/index.ts";
import { commissionedOpportunity } from "../opportunities/index.ts";
import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { tableName } from "../platform/data/dynamo.ts";
import { withStatus } from "../platform/http/handler.ts";
import { idempotentHandler } from "../platform/http/idempotent-handler.ts";
import { conflict, ruleBroken } from "../platform/http/problems.ts";
import { requireLead } from "./access.ts";
import { contractFor } from "./contracts.ts";
import { opportunityUnchanged, requireAllowed } from "./lifecycle.ts";
import { evaluationAudit, loadEvaluation, recordPut, write } from "./repository.ts";
import { createContractsRoute } from "./routes.ts";

/** DynamoDB's limit on the items of one transaction. */
const transactionLimit = 100;

/**
 * After standstill the lead creates the contracts, all in one transaction: each awarded bid's contract
 * and live interventions, every bid marked awarded or unsuccessful, the evaluation closed, all audited.
 */
export const handler = idempotentHandler(createContractsRoute, async ({ principal, params, body }) => {
  const opportunity = await commissionedOpportunity(principal, params.opportunityId);
  requireLead(principal, opportunity);
  const data = await loadEvaluation(opportunity.id);
  const record = data.record;
  requireAllowed(opportunity, record, "create-contracts");
  // The machine allows contracts only after an award, so the record is there.
  if (!record || record.version !== body.version) throw conflict();
  const at = now();
  const bids = await submittedBids(opportunity.id);
  const awarded = new Set(record.awardedOrganisationIds ?? []);
  const contracts = bids
    .filter((b) => awarded.has(b.organisationId))
    .map((bid, i) => contractFor(opportunity, bid, i + 1, at.toISOString()));
  const next = {
    ...record,
    state: "contracted" as const,
    contractsCreatedAt: at.toISOString(),
    contractIds: contracts.map((c) => c.id),
    version: record.version + 1,
  };
  const items = [
    recordPut(next, record.version),
    opportunityUnchanged(opportunity),
    evaluationAudit(principal, opportunity.id, {
      action: "contracts-created",
      fromState: "standstill",
      toState: "contracted",
      details: { contracts: contracts.map((c) => c.reference).join(","), version: next.version },
    }),
    ...contracts.flatMap((c) => [
      ...contractItems(c).map((Item) => ({
        Put: { TableName: tableName(), Item, ConditionExpression: "attribute_not_exists(pk)" },
      })),
      auditPut(principal, {
        entityType: "contract",
        entityId: c.id,
        action: "contract-created",
        toState: "live",
        details: { reference: c.reference, opportunityId: c.opportunityId, organisationId: c.organisationId },
      }),
    ]),
    ...bids
      .filter((b) => b.status === "submitted")
      .flatMap((b) =>
        bidOutcomeItems(principal, b, awarded.has(b.organisationId) ? "awarded" : "unsuccessful"),
      ),
  ];
  if (items.length > transactionLimit) {
    throw ruleBroken(
      "This award has too many contracts and bids to create in one go. Contact the service team.",
    );
  }
  await write(items, "The evaluation changed since you loaded it. Reload and try again.");
  return withStatus(201, { items: contracts });
});
