import { slaClocks } from "#shared/referrals/sla.ts";
import { isOpen } from "#shared/referrals/status.ts";
import { transact } from "../platform/data/transact.ts";
import { type ItemChange, streamHandler } from "../platform/jobs/stream-handler.ts";
import { slaFacts, type StoredReferral } from "../referrals/index.ts";
import { type SlaDue, slaDueChanges } from "./sla-due-repository.ts";

/** The clocks of a referral image that are running: started, not met, and the referral still open. */
export const openClocks = (image: Record<string, unknown> | undefined): SlaDue[] => {
  const r = image as unknown as StoredReferral | undefined;
  if (!r || typeof r.id !== "string" || r.status === "draft" || !isOpen(r.status)) return [];
  return slaClocks(slaFacts(r), new Date(0))
    .filter((clock) => clock.metAt === undefined)
    .map((clock) => ({ referralId: r.id, clockId: clock.id, dueAt: clock.dueAt }));
};

/**
 * Keeps the SLA due index in step with one referral: the old image's open clocks go, the new image's
 * come. Computed from the images alone, so a change delivered twice leaves the same index.
 */
export const indexDueClocks = async (change: ItemChange): Promise<void> => {
  const items = slaDueChanges(openClocks(change.oldImage), openClocks(change.newImage));
  if (items.length) await transact(items);
};

export const handler = streamHandler(indexDueClocks, "slaDueIndex");
