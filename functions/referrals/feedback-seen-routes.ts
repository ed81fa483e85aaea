import * as z from "zod";
import { versionInputSchema } from "#shared/referrals/delivery.ts";
import { action } from "./delivery-routes.ts";
import { officer, referralParams } from "./route-parts.ts";

/* The officer acting on post-session feedback (issue 17, item 7). */

const sessionParams = referralParams.extend({
  sessionNumber: z.coerce.number({ message: "Not a session" }).int().min(1).max(100),
});

export const markFeedbackSeenRoute = {
  ...action(
    "markSessionFeedbackSeen",
    "sessions/{sessionNumber}/feedback/seen",
    "mark-feedback-seen",
    "Mark a session's concern seen, so the officer's dashboard stops highlighting it",
    versionInputSchema,
    officer,
  ),
  path: "/api/referrals/{referralId}/sessions/{sessionNumber}/feedback/seen",
  request: { params: sessionParams, body: versionInputSchema },
} as const;
