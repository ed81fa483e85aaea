import type { Contract } from "#shared/contracts/contract.ts";
import type { TransferTarget } from "#shared/contracts/transfer.ts";
import { londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { contractKeys } from "./items.ts";

/** Whether a contract is live today (not ended, and inside its dates). */
export const liveToday = (c: Contract, today = londonDate(now())) =>
  (!c.status || c.status === "live") && c.startDate <= today && today <= c.endDate;

/**
 * The live contracts an ended contract's referrals may move to: the same need area in one of its
 * regions. One Query per region on the region's listing entries (gsi1 `REGION#<region>#CONTRACTS`),
 * filtered by need area; a region has tens of contracts.
 */
export const transferTargets = async (from: Contract): Promise<Contract[]> => {
  const found = new Map<string, Contract>();
  for (const regionId of from.regionIds) {
    let cursor: string | undefined;
    do {
      const page = await queryPage<Record<string, unknown>>({
        index: "gsi1",
        partition: contractKeys.byRegion(regionId),
        filter: "#needArea = :needArea",
        names: { "#needArea": "needAreaId" },
        values: { ":needArea": from.needAreaId },
        limit: 100,
        cursor,
      });
      for (const item of page.items) {
        const c = withoutKeys<Contract & { regionId?: string }>(item);
        const { regionId: _r, ...contract } = c;
        if (contract.id !== from.id && liveToday(contract)) found.set(contract.id, contract);
      }
      cursor = page.nextCursor;
    } while (cursor);
  }
  return [...found.values()];
};

/** A target as the page lists it. */
export const targetView = (c: Contract): TransferTarget => ({
  id: c.id,
  reference: c.reference,
  organisationName: c.organisationName,
  pduIds: c.pduIds,
  tierIds: [...new Set(c.interventions.map((i) => i.tierId))],
});
