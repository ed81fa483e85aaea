import { capacityStatusLabels, type CapacityStatus } from "#shared/catalogue/catalogue.ts";
import type { ReferralStatus } from "#shared/referrals/status.ts";
import { referralStatusLabels } from "#shared/referrals/status.ts";
import type { TagColour } from "../../components/govuk/index.ts";

export const statusTags: Record<ReferralStatus, { text: string; colour?: TagColour }> = {
  draft: { text: referralStatusLabels.draft, colour: "grey" },
  sent: { text: referralStatusLabels.sent },
  "in-progress": { text: referralStatusLabels["in-progress"], colour: "turquoise" },
  completed: { text: referralStatusLabels.completed, colour: "green" },
  withdrawn: { text: referralStatusLabels.withdrawn, colour: "orange" },
};

export const capacityTags: Record<CapacityStatus, { text: string; colour: TagColour }> = {
  available: { text: capacityStatusLabels.available, colour: "green" },
  limited: { text: capacityStatusLabels.limited, colour: "yellow" },
  full: { text: capacityStatusLabels.full, colour: "red" },
};

/** What each timeline event means, in words. */
export const timelineLabels: Record<string, string> = {
  "referral-started": "Referral started",
  "section-saved": "Draft section saved",
  "tier-chosen": "Complexity tier chosen",
  "referral-sent": "Referral sent",
  "caseworker-assigned": "Caseworker assigned",
  "caseworker-reassigned": "Caseworker changed",
  "record-first-contact": "First contact made",
  "assessment-booked": "Initial assessment booked",
  "assessment-rescheduled": "Initial assessment rescheduled",
  "assessment-recorded": "Initial assessment recorded",
  "action-plan-submitted": "Action plan submitted for approval",
  "action-plan-revised": "New version of the action plan submitted for approval",
  "action-plan-approved": "Action plan approved",
  "action-plan-changes-requested": "Changes asked for on the action plan",
  "referral-amended": "Referral amended",
  "session-scheduled": "Session scheduled",
  "session-rescheduled": "Session rescheduled",
  "session-recorded": "Session attendance recorded",
  "case-note-added": "Case note added",
  "end-of-service-report-submitted": "End-of-service report submitted",
  "referral-completed": "Referral completed",
  "referral-withdrawn": "Referral withdrawn",
  "referral-closed-early": "Referral closed early",
};
