import { notificationItems } from "../notifications/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, invalid } from "../platform/http/problems.ts";
import { changeReferral, personOf } from "./access.ts";
import { endOfServiceReportRoute } from "./delivery-routes.ts";

/** Submits the end-of-service report: how each of the referral's desired outcomes went. */
export const handler = httpHandler(endOfServiceReportRoute, async ({ principal, params, body }) =>
  changeReferral({
    principal,
    referralId: params.referralId,
    version: body.version,
    event: "submit-end-of-service-report",
    check: (r) => {
      if (r.endOfServiceReport) throw conflict("The end-of-service report has already been submitted.");
      if (r.status === "withdrawn" && !r.assessment?.completedAt)
        throw conflict(
          "This referral was withdrawn before it started, so no end-of-service report is needed.",
        );
      const desired = (r.answers.intervention?.desiredOutcomes as string[] | undefined) ?? [];
      const given = body.outcomes.map((o) => o.outcome);
      if (desired.length !== given.length || desired.some((o) => !given.includes(o)))
        throw invalid([{ path: "outcomes", message: "Say how each desired outcome went, once each" }]);
    },
    update: (r, at) => ({
      ...r,
      endOfServiceReport: {
        outcomes: body.outcomes,
        furtherWork: body.furtherWork,
        submittedAt: at,
        submittedBy: personOf(principal),
      },
    }),
    audit: () => ({
      action: "end-of-service-report-submitted",
      details: { achieved: body.outcomes.filter((o) => o.achievement === "achieved").length },
    }),
    extra: (r) => [
      ...notificationItems(
        { userId: r.officer.userId },
        {
          title: `End-of-service report for ${r.reference!}`,
          body: `${r.organisationName} has submitted the end-of-service report.`,
          href: `/referrals/${r.id}`,
        },
      ),
    ],
  }),
);
