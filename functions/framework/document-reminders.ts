import { frameworkDocumentNames, type FrameworkDocument } from "#shared/framework/documents.ts";
import { londonDate } from "#shared/time/index.ts";
import { notifyOnce, organisationEmails } from "../notifications/index.ts";
import { now } from "../platform/clock.ts";
import { scheduledHandler } from "../platform/jobs/scheduled-handler.ts";
import { documentsExpiring } from "./document-repository.ts";

const dayMs = 86_400_000;
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

const reminder = (d: FrameworkDocument, days: 30 | 7) => ({
  title: `${frameworkDocumentNames[d.kind]} expires within ${days} days`,
  body: `${d.organisationName}'s ${frameworkDocumentNames[d.kind].toLowerCase()} expires on ${d.expiresOn}. Upload a replacement with its new expiry date before then, or your membership may be suspended.`,
  href: "/framework/membership",
});

/**
 * Daily: one Query of the documents expiring in the next 30 days (the expiry index). Each supplier is
 * reminded once 30 days before and once 7 days before: a marker per document, date and reminder makes
 * a second run (or a rerun the same day) tell nobody twice; a replacement has a new date, so a new clock.
 */
export const remindExpiringDocuments = async (): Promise<number> => {
  const today = londonDate(now());
  let sent = 0;
  let cursor: string | undefined;
  do {
    const page = await documentsExpiring({ from: today, before: plusDays(today, 31) }, 50, cursor);
    for (const d of page.items) {
      const days = d.expiresOn <= plusDays(today, 7) ? 7 : 30;
      const what = `FRAMEWORK-DOCUMENT#${d.organisationId}#${d.kind}#${d.expiresOn}#${days}`;
      const message = reminder(d, days);
      const to = await organisationEmails(d.organisationId, "contract");
      const told = await notifyOnce(what, { organisationId: d.organisationId }, message, {
        to,
        subject: message.title,
        body: `${message.body} Sign in to the Dynamic Framework Portal to upload it.`,
      });
      if (told) sent += 1;
    }
    cursor = page.nextCursor;
  } while (cursor);
  return sent;
};

export const handler = scheduledHandler(remindExpiringDocuments, "frameworkDocumentReminders");
