import { httpHandler } from "../platform/http/handler.ts";
import { notFound, ruleBroken } from "../platform/http/problems.ts";
import { changeReferral, personOf } from "./access.ts";
import { markFeedbackSeenRoute } from "./feedback-seen-routes.ts";

/**
 * The officer marks a session's concern seen (item 7): it stays on the referral, but their dashboard
 * no longer highlights it. Marking it again is harmless (the first time is kept).
 */
export const handler = httpHandler(markFeedbackSeenRoute, async ({ principal, params, body }) => {
  const number = params.sessionNumber;
  return changeReferral({
    principal,
    referralId: params.referralId,
    version: body.version,
    event: "mark-feedback-seen",
    check: (r) => {
      const session = r.sessions.find((s) => s.number === number);
      if (!session) throw notFound("There is no such session on this referral.");
      if (!session.feedback?.notifyOfficer)
        throw ruleBroken(`The provider did not raise a concern after session ${number}.`, "no-concern");
    },
    update: (r, at) => ({
      ...r,
      sessions: r.sessions.map((s) =>
        s.number === number && s.feedback && !s.feedback.seenByOfficer
          ? { ...s, feedback: { ...s.feedback, seenByOfficer: { at, by: personOf(principal) } } }
          : s,
      ),
    }),
    audit: () => ({ action: "session-concern-seen", details: { session: number } }),
  });
});
