import { londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { scheduledHandler } from "../platform/jobs/scheduled-handler.ts";
import { logger } from "../platform/observability/logger.ts";
import { applyChangeItems, portalActor } from "./apply-change.ts";
import { contractHref } from "./change-parties.ts";
import { changeDueKind } from "./management-items.ts";
import { findChange, writeTransition } from "./management-repository.ts";
import { notifyParties } from "./notify.ts";
import { findContract } from "./repository.ts";

/**
 * Daily: applies every agreed change whose effective date has come, each in its own transaction
 * (terms, catalogue, change, due entry gone). Safe to run twice or late: an applied change has no due
 * entry, and one applied meanwhile fails its condition and is skipped.
 */
export const applyDueChanges = async (): Promise<number> => {
  const today = londonDate(now());
  let applied = 0;
  let cursor: string | undefined;
  do {
    const page = await queryPage<{ contractId: string; changeId: string }>({
      partition: changeDueKind.pk(),
      sortCondition: "#sk <= :until",
      values: { ":until": `${today}#~` },
      limit: 50,
      cursor,
    });
    for (const due of page.items) {
      const contract = await findContract(due.contractId);
      const change = await findChange(due.contractId, due.changeId);
      if (!contract || change.status !== "agreed") continue;
      try {
        const next = { ...change, version: change.version + 1 };
        await writeTransition([
          ...applyChangeItems(
            portalActor,
            contract,
            change,
            next,
            change.notice?.agreedTerms ?? change.terms,
          ),
          ...(await notifyParties(contract, "both", {
            title: `NoC ${change.number} to contract ${contract.reference} now in effect`,
            body: `The agreed change took effect on ${change.effectiveDate}.`,
            href: contractHref(contract, "changes"),
          })),
        ]);
        applied += 1;
      } catch (error) {
        logger.warn("A due contract change was not applied", {
          changeId: change.id,
          error: (error as Error).name,
        });
      }
    }
    cursor = page.nextCursor;
  } while (cursor);
  return applied;
};

export const handler = scheduledHandler(applyDueChanges, "contractChangesDue");
