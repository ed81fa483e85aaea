import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, invalid } from "../platform/http/problems.ts";
import { changeReferral, personOf } from "./access.ts";
import { firstContactRoute } from "./delivery-routes.ts";

/** Records when and how the provider first reached the person: it stops the first-contact clock. */
export const handler = httpHandler(firstContactRoute, async ({ principal, params, body }) =>
  changeReferral({
    principal,
    referralId: params.referralId,
    version: body.version,
    event: "record-first-contact",
    check: (r) => {
      if (r.firstContact) throw conflict("First contact has already been recorded for this referral.");
      if (Date.parse(body.contactedAt) > now().getTime())
        throw invalid([
          { path: "contactedAt", message: "The date and time of first contact must be in the past" },
        ]);
      // People give the time to the minute, so the minute the referral was sent counts as after it.
      if (Date.parse(body.contactedAt) < Math.floor(Date.parse(r.sentAt!) / 60_000) * 60_000)
        throw invalid([
          { path: "contactedAt", message: "First contact must be after the referral was sent" },
        ]);
    },
    update: (r) => ({
      ...r,
      firstContact: {
        contactedAt: body.contactedAt,
        method: body.method,
        ...(body.notes ? { notes: body.notes } : {}),
        recordedBy: personOf(principal),
      },
    }),
    audit: () => ({ details: { method: body.method } }),
  }),
);
