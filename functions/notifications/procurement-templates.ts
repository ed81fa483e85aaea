import type { EmailInput, NotificationInput } from "./repository.ts";

/**
 * The words of the procurement notices sent from the stream (see procurement-notices.ts). Plain
 * English, nothing personal: an organisation's own decision, a commissioner's own panel, a published
 * answer every eligible provider may read.
 */
const signIn = "Sign in to the Dynamic Framework Portal to see it.";

const both = (notification: NotificationInput) => ({
  notification,
  email: (to: string[]): EmailInput => ({
    to,
    subject: notification.title,
    body: `${notification.body} ${signIn}`,
  }),
});

/** The applying organisation: its application to join the framework was decided. */
export const applicationDecided = (admitted: boolean) =>
  both(
    admitted
      ? {
          title: "Your organisation has been admitted to the framework",
          body: "Your application to join the dynamic framework has been accepted. You can now see and bid for opportunities in the need areas and regions you were admitted for.",
          href: "/",
        }
      : {
          title: "Your application to join the framework was not accepted",
          body: "Your application to join the dynamic framework was not accepted. The reason is on your organisation's home page.",
          href: "/",
        },
  );

/** A commissioner: they have been put on an evaluation panel. */
export const addedToPanel = (opportunity: { id: string; title: string }) =>
  both({
    title: `You are on the evaluation panel for ${opportunity.title}`,
    body: `You have been added to the evaluation panel for ${opportunity.title}. Declare any conflicts of interest before you read the bids.`,
    href: `/opportunities/${opportunity.id}/evaluation`,
  });

/** Every eligible provider: an answer to a clarification question has been published. */
export const answerPublished = (opportunity: { id: string; title: string }) =>
  both({
    title: `New answer published: ${opportunity.title}`,
    body: `An answer to a question about ${opportunity.title} has been published to every provider that can bid.`,
    href: `/opportunities/${opportunity.id}`,
  });
