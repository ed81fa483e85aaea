import type { Contract } from "#shared/contracts/contract.ts";
import { type CountedReferral, contribution } from "#shared/performance/contribution.ts";
import { londonDate } from "#shared/time/index.ts";
import { type ItemChange, streamHandler } from "../platform/jobs/stream-handler.ts";
import { countReferralVersion, listContractOnDashboards } from "./repository.ts";

/** What one change to the table means for the dashboards. */
export const aggregateChange = async (change: ItemChange): Promise<void> => {
  const item = change.newImage;
  if (!item) return; // Referrals are never deleted once sent; a deleted draft was never counted.
  if (item.type === "referral") {
    const referral = item as unknown as CountedReferral & {
      id: string;
      version: number;
      interventionId?: string;
    };
    const capacity =
      referral.interventionId && referral.sentAt
        ? {
            interventionId: referral.interventionId,
            year: londonDate(new Date(referral.sentAt)).slice(0, 4),
          }
        : undefined;
    await countReferralVersion(referral.id, referral.version, contribution(referral), capacity);
  } else if (item.type === "contract") {
    const c = item as unknown as Contract;
    await listContractOnDashboards({
      id: c.id,
      reference: c.reference,
      organisationId: c.organisationId,
      organisationName: c.organisationName,
      needAreaId: c.needAreaId,
      regionIds: c.regionIds,
      capacityPerYear: c.capacityPerYear,
      startDate: c.startDate,
      endDate: c.endDate,
    });
  }
};

/** The stream consumer that keeps the dashboards' aggregates (job `performanceAggregates`). */
export const handler = streamHandler(aggregateChange, "performanceAggregates");
