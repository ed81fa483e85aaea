import { SendEmailCommand, type SendEmailCommandInput, SESv2Client } from "@aws-sdk/client-sesv2";
import { type OutboxEmail, outboxEmailSchema } from "#shared/notifications/notification.ts";
import { required } from "../platform/config.ts";
import { type ItemChange, streamHandler } from "../platform/jobs/stream-handler.ts";
import { recordSent, sentAddresses } from "./outbox.ts";

/** What the sender needs from the world: SES, and a note of which addresses each e-mail has gone to. */
export interface OutboxSenderDeps {
  send: (input: SendEmailCommandInput) => Promise<unknown>;
  from: () => string;
  sentBefore: (email: OutboxEmail) => Promise<Set<string>>;
  markSent: (email: OutboxEmail, address: string) => Promise<void>;
}

/** The SES messages for one outbox e-mail: a plain-text copy per address, so no one sees the others. */
export const sesMessages = (
  email: OutboxEmail,
  from: string,
): { to: string; input: SendEmailCommandInput }[] =>
  [...new Set(email.to)].map((to) => ({
    to,
    input: {
      FromEmailAddress: from,
      Destination: { ToAddresses: [to] },
      Content: {
        Simple: {
          Subject: { Data: email.subject, Charset: "UTF-8" },
          Body: { Text: { Data: email.body, Charset: "UTF-8" } },
        },
      },
    },
  }));

/**
 * Sends a newly queued outbox e-mail. Delivery is at least once, so each address sent is noted on the
 * outbox item and skipped if the change comes again; only a failure between SES accepting a copy and
 * the note being written can send that one copy twice.
 */
export const sendOutbox =
  (deps: OutboxSenderDeps) =>
  async (change: ItemChange): Promise<void> => {
    if (change.eventName !== "INSERT" || !change.newImage) return;
    const parsed = outboxEmailSchema.safeParse(change.newImage);
    if (!parsed.success) return;
    const email = parsed.data;
    const already = await deps.sentBefore(email);
    for (const message of sesMessages(email, deps.from())) {
      if (already.has(message.to)) continue;
      await deps.send(message.input);
      await deps.markSent(email, message.to);
    }
  };

let ses: SESv2Client | undefined;
const sesClient = () =>
  (ses ??= new SESv2Client({ region: process.env.AWS_REGION ?? "eu-west-2", maxAttempts: 3 }));

export const handler = streamHandler(
  sendOutbox({
    send: (input) => sesClient().send(new SendEmailCommand(input)),
    from: () => required("EMAIL_FROM"),
    sentBefore: sentAddresses,
    markSent: recordSent,
  }),
  "outboxSender",
);
