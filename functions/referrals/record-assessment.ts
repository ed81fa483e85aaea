import { attendancePastMaximum } from "#shared/referrals/days-used.ts";
import { statusAfter } from "#shared/referrals/status.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, ruleBroken } from "../platform/http/problems.ts";
import { changeReferral, personOf } from "./access.ts";
import { daysUsedUp } from "./days-used.ts";
import { recordAssessmentRoute } from "./delivery-routes.ts";

/**
 * Records whether the booked assessment happened. Attended (or late) starts the intervention and the
 * action-plan clock; a missed one leaves the booking to be rescheduled.
 */
export const handler = httpHandler(recordAssessmentRoute, async ({ principal, params, body }) =>
  changeReferral({
    principal,
    referralId: params.referralId,
    version: body.version,
    event: "record-assessment",
    check: (r) => {
      if (!r.assessment?.appointment) throw conflict("Book the initial assessment before you record it.");
      if (r.assessment.outcome)
        throw conflict("This assessment has already been recorded. Reschedule it to book another.");
      if (body.attendance !== "did-not-attend" && attendancePastMaximum(r))
        throw ruleBroken(daysUsedUp(r), "enforceable-days-used");
    },
    update: (r, at) => {
      const attended = body.attendance !== "did-not-attend";
      return {
        ...r,
        status: statusAfter(r.status, "record-assessment", { assessmentAttended: attended }),
        assessment: {
          ...r.assessment!,
          outcome: {
            attendance: body.attendance,
            ...(body.notes ? { notes: body.notes } : {}),
            recordedAt: at,
            recordedBy: personOf(principal),
          },
          ...(attended ? { completedAt: r.assessment!.appointment!.at } : {}),
        },
      };
    },
    audit: () => ({ action: "assessment-recorded", details: { attendance: body.attendance } }),
  }),
);
