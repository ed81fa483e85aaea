import { notificationItems } from "../notifications/index.ts";
import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { transact } from "../platform/data/transact.ts";
import { withStatus } from "../platform/http/handler.ts";
import { idempotentHandler } from "../platform/http/idempotent-handler.ts";
import { expectAllowed, providerMaySee, visibleReferral } from "./access.ts";
import { notePut } from "./repository.ts";
import { addNoteRoute } from "./routes.ts";

/** Adds a case note (append-only, so no version) and tells the other side there is one. */
export const handler = idempotentHandler(addNoteRoute, async ({ principal, params, body }) => {
  const r = await visibleReferral(principal, params.referralId);
  expectAllowed(r, "add-note");
  const fromProvider = principal.role === "provider";
  const { item, note } = notePut(r.id, {
    text: body.text,
    at: now().toISOString(),
    author: {
      userId: principal.userId,
      name: principal.name,
      role: fromProvider ? "provider" : "responsible-officer",
      organisationName: fromProvider ? r.organisationName : "Probation service",
    },
  });
  await transact([
    item,
    auditPut(principal, {
      entityType: "referral",
      entityId: r.id,
      action: "case-note-added",
      details: { noteId: note.id },
    }),
    ...(fromProvider || providerMaySee(r)
      ? notificationItems(
          fromProvider ? { userId: r.officer.userId } : { organisationId: r.organisationId },
          {
            title: `New case note on ${r.reference!}`,
            body: `${principal.name} added a case note.`,
            // The provider's referral page has a Case notes sub-page; the officer's is one page.
            href: fromProvider ? `/referrals/${r.id}` : `/provider/referrals/${r.id}/notes`,
          },
        )
      : []),
  ]);
  return withStatus(201, note);
});
