import { slaClockLabels, type SlaClockId } from "#shared/referrals/sla.ts";
import { formatDeadline } from "#shared/time/format-deadline.ts";
import type { EmailInput, NotificationInput } from "./repository.ts";

/**
 * The words of the notifications this context sends. Plain English, and nothing about a person: a
 * provider or officer may see a referral's reference, a bidder its own competition's title and dates.
 */
const signIn = "Sign in to the Dynamic Framework Portal to see it.";

/** Every bidder: the outcome is ready and when standstill ends (the same words win or lose). */
export const standstillStarted = (opportunity: { id: string; title: string }, standstillEndsAt: string) => {
  const notification: NotificationInput = {
    title: `Outcome ready: ${opportunity.title}`,
    body: `The outcome of ${opportunity.title} is ready to view. The standstill period ends at ${formatDeadline(standstillEndsAt)}.`,
    href: `/opportunities/${opportunity.id}/bid/result`,
  };
  const email = (to: string[]): EmailInput => ({
    to,
    subject: `Outcome ready: ${opportunity.title}`,
    body: `The outcome of ${opportunity.title} is ready to view. The standstill period ends at ${formatDeadline(standstillEndsAt)}. ${signIn}`,
  });
  return { notification, email };
};

/** The organisation that asked: its question has been answered (or the answer changed). */
export const clarificationAnswered = (opportunity: { id: string; title: string }, revised: boolean) => {
  const title = revised
    ? `An answer to your question about ${opportunity.title} has changed`
    : `Your question about ${opportunity.title} has been answered`;
  const notification: NotificationInput = {
    title,
    body: "The answer is published to every provider that can bid for this opportunity.",
    href: `/opportunities/${opportunity.id}`,
  };
  const email = (to: string[]): EmailInput => ({
    to,
    subject: title,
    body: `${title}. The answer is published to every provider that can bid. ${signIn}`,
  });
  return { notification, email };
};

/** The commissioner who published the opportunity: a provider has asked a question. */
export const questionAsked = (opportunity: { id: string; title: string }): NotificationInput => ({
  title: `New question about ${opportunity.title}`,
  body: "A provider has asked a clarification question. Answer it before the clarification deadline.",
  href: `/opportunities/${opportunity.id}/questions`,
});

/** The provider organisation: one of a referral's service levels is due within one working day. */
export const slaDueSoon = (
  referral: { id: string; reference: string },
  clock: { clockId: SlaClockId; dueAt: string },
) => {
  const what = slaClockLabels[clock.clockId];
  const title = `${what} due soon on referral ${referral.reference}`;
  const body = `${what} for referral ${referral.reference} is due by ${formatDeadline(clock.dueAt)}. Record it on the referral to meet the service level.`;
  const notification: NotificationInput = { title, body, href: `/provider/referrals/${referral.id}` };
  const email = (to: string[]): EmailInput => ({ to, subject: title, body: `${body} ${signIn}` });
  return { notification, email };
};

/** The officer: a draft referral will be removed in 7 days unless it is sent (nothing about the person). */
export const draftExpiring = (draft: { id: string; interventionTitle: string; expiresAt: string }) => {
  const title = `Your draft referral to ${draft.interventionTitle} will be removed in 7 days`;
  const body = `Drafts are removed 90 days after they are started. Your draft referral to ${draft.interventionTitle} will be removed on ${formatDeadline(draft.expiresAt)} unless you send it.`;
  const notification: NotificationInput = { title, body, href: `/referrals/${draft.id}` };
  const email = (to: string[]): EmailInput => ({ to, subject: title, body: `${body} ${signIn}` });
  return { notification, email };
};
