import { notificationItems, outboxPut } from "../notifications/index.ts";
import { attendancePastMaximum } from "#shared/referrals/days-used.ts";
import { formatDeadline } from "#shared/time/format-deadline.ts";
import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, notFound, ruleBroken } from "../platform/http/problems.ts";
import { changeReferral, personOf } from "./access.ts";
import { daysUsedUp } from "./days-used.ts";
import { recordSessionRoute } from "./delivery-routes.ts";

/**
 * Records attendance, what happened and behaviour for a session — only once it has started, so nobody
 * is counted as missing a session that has not happened yet. A concern flagged for the responsible
 * officer notifies them in the portal and by e-mail, in the same transaction.
 */
export const handler = httpHandler(recordSessionRoute, async ({ principal, params, body }) => {
  const { version, ...feedback } = body;
  const number = params.sessionNumber;
  return changeReferral({
    principal,
    referralId: params.referralId,
    version,
    event: "record-session",
    check: (r) => {
      const session = r.sessions.find((s) => s.number === number);
      if (!session) throw notFound("There is no such session on this referral.");
      if (session.feedback) throw conflict(`Session ${number} has already been recorded.`);
      if (Date.parse(session.at) > now().getTime())
        throw ruleBroken(
          `Session ${number} starts at ${formatDeadline(session.at)}. You can record attendance and feedback from then.`,
          "session-not-started",
        );
      if (feedback.attendance !== "did-not-attend" && attendancePastMaximum(r))
        throw ruleBroken(daysUsedUp(r), "enforceable-days-used");
    },
    update: (r, at) => ({
      ...r,
      sessions: r.sessions.map((s) =>
        s.number === number
          ? { ...s, feedback: { ...feedback, recordedAt: at, recordedBy: personOf(principal) } }
          : s,
      ),
    }),
    audit: () => ({
      action: "session-recorded",
      details: { session: number, attendance: feedback.attendance, concern: feedback.notifyOfficer },
    }),
    extra: (r) =>
      feedback.notifyOfficer
        ? [
            ...notificationItems(
              { userId: r.officer.userId },
              {
                title: `Concern raised on referral ${r.reference!}`,
                body: `${r.organisationName} raised a concern after session ${number}. Read it on the referral.`,
                href: `/referrals/${r.id}`,
              },
            ),
            ...(r.officerEmail
              ? [
                  outboxPut({
                    to: [r.officerEmail],
                    subject: `Concern raised on referral ${r.reference!}`,
                    body: `${r.organisationName} raised a concern after session ${number} of referral ${r.reference!}. Sign in to the Dynamic Framework Portal to read it.`,
                  }),
                ]
              : []),
          ]
        : [],
  });
});
