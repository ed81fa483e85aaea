import type { Contract } from "#shared/contracts/contract.ts";
import { previousQuarter, quarterOf } from "#shared/contracts/rating.ts";
import { londonDate } from "#shared/time/index.ts";
import { contractMeasures } from "../performance/index.ts";
import { now } from "../platform/clock.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { scheduledHandler } from "../platform/jobs/scheduled-handler.ts";
import { logger } from "../platform/observability/logger.ts";
import { portalActor } from "./apply-change.ts";
import { contractKeys } from "./items.ts";
import { writeTransition } from "./management-repository.ts";
import { proposeFor } from "./rating-propose.ts";
import { findRating, hasMonthlyMeasures, monthlyMeasuresPut } from "./review-repository.ts";

const previousMonth = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
};

/** One live contract's review: last month's measures recorded once; last quarter's rating proposed once. */
const review = async (c: Contract, lastMonth: string, lastQuarter: string) => {
  const startMonth = c.startDate.slice(0, 7);
  if (startMonth <= lastMonth && !(await hasMonthlyMeasures(c.id, lastMonth))) {
    const measures = await contractMeasures(c, [lastMonth]);
    await writeTransition([
      monthlyMeasuresPut({ contractId: c.id, month: lastMonth, measures, recordedAt: now().toISOString() }),
    ]);
  }
  if (quarterOf(startMonth) <= lastQuarter && !(await findRating(c.id, lastQuarter))) {
    await proposeFor(c, lastQuarter, portalActor);
  }
};

/**
 * Daily (safe to run again or late): for every live contract — one Query of the live contracts'
 * index, never a scan — records the month just ended and, once a quarter has ended, proposes its
 * rating for the commissioner to confirm.
 */
export const reviewContracts = async (): Promise<number> => {
  const today = londonDate(now());
  const lastMonth = previousMonth(today.slice(0, 7));
  const lastQuarter = previousQuarter(quarterOf(today));
  let done = 0;
  let cursor: string | undefined;
  do {
    const page = await queryPage<Record<string, unknown>>({
      index: "gsi3",
      partition: contractKeys.liveByEndDate(),
      limit: 50,
      cursor,
    });
    for (const c of page.items.map((i) => withoutKeys<Contract>(i))) {
      try {
        await review(c, lastMonth, lastQuarter);
        done += 1;
      } catch (error) {
        // No figures for the quarter yet (422), or another run got there first (409): nothing to do now.
        logger.info("Contract review step skipped", { contractId: c.id, error: (error as Error).name });
      }
    }
    cursor = page.nextCursor;
  } while (cursor);
  return done;
};

export const handler = scheduledHandler(reviewContracts, "contractReviews");
