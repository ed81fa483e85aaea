import type { Contract } from "#shared/contracts/contract.ts";
import { londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { scheduledHandler } from "../platform/jobs/scheduled-handler.ts";
import { logger } from "../platform/observability/logger.ts";
import { portalActor } from "./apply-change.ts";
import { contractHref } from "./change-parties.ts";
import { contractKeys, contractKind, contractListItems } from "./items.ts";
import { writeTransition } from "./management-repository.ts";
import { notifyParties } from "./notify.ts";

const dayMs = 86_400_000;
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

/** A marker that a notice went out, written with it, so a second run sends nothing twice. */
const noticeMarker = (contractId: string, days: number) => ({
  Put: {
    TableName: tableName(),
    Item: {
      pk: contractKind.pk({ id: contractId }),
      sk: `EXPIRY-NOTICE#${days}`,
      type: "contract-expiry-notice",
    },
    ConditionExpression: "attribute_not_exists(pk)",
  },
});

const expire = async (c: Contract) => {
  const after: Contract = { ...c, status: "expired" };
  await writeTransition([
    {
      Put: {
        TableName: tableName(),
        Item: contractKind.item(after, after),
        ConditionExpression: "attribute_not_exists(#status) OR #status = :live",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: { ":live": "live" },
      },
    },
    // Its list entries move to the expired lists in the same transaction, so no list shows it live.
    ...contractListItems(after).map((Item) => ({ Put: { TableName: tableName(), Item } })),
    auditPut(portalActor, {
      entityType: "contract",
      entityId: c.id,
      action: "contract-expired",
      fromState: "live",
      toState: "expired",
    }),
    ...(await notifyParties(c, "both", {
      title: `Contract ${c.reference} has expired`,
      body: `The contract ended on ${c.endDate}.`,
      href: contractHref(c),
    })),
  ]);
};

const notice = async (c: Contract, days: 90 | 30) =>
  writeTransition([
    noticeMarker(c.id, days),
    ...(await notifyParties(c, "both", {
      title: `Contract ${c.reference} ends within ${days} days`,
      body: `The contract ends on ${c.endDate}. Extend it as a change, or plan for its end.`,
      href: contractHref(c),
    })),
  ]);

/**
 * Daily: one Query of live contracts ending within 90 days (gsi3). Past its end date a contract
 * expires; otherwise each party is told once at 90 days and once at 30.
 */
export const expireContracts = async (): Promise<number> => {
  const today = londonDate(now());
  let done = 0;
  let cursor: string | undefined;
  do {
    const page = await queryPage<Record<string, unknown>>({
      index: "gsi3",
      partition: contractKeys.liveByEndDate(),
      sortCondition: "#sk <= :until",
      values: { ":until": `${plusDays(today, 90)}#~` },
      limit: 50,
      cursor,
    });
    for (const c of page.items.map((i) => withoutKeys<Contract>(i))) {
      try {
        if (c.endDate < today) await expire(c);
        else await notice(c, c.endDate <= plusDays(today, 30) ? 30 : 90);
        done += 1;
      } catch (error) {
        // A notice already sent (its marker exists) or a contract changed meanwhile: nothing to do now.
        logger.info("Contract expiry step skipped", { contractId: c.id, error: (error as Error).name });
      }
    }
    cursor = page.nextCursor;
  } while (cursor);
  return done;
};

export const handler = scheduledHandler(expireContracts, "contractExpiry");
