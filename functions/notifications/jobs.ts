import { defineJobs } from "../platform/jobs/job.ts";

/**
 * Notifications no request can write in its own transaction: standstill notices (a competition's
 * bidders are not bounded, and a transaction holds at most 100 items), procurement notices (decided
 * applications, panel members, published answers — the last a fan-out to every eligible provider), SLA warnings (nothing happens
 * when a clock nears its due time, so a schedule looks), and the cloud's e-mail sender.
 */
export const notificationJobs = defineJobs([
  {
    name: "standstillNotices",
    kind: "stream",
    summary: "Tells every bidder, once, that a competition's outcome is ready and when standstill ends",
    context: "notifications",
    handler: "notifications/standstill-notices.ts",
    itemTypes: ["evaluation"],
    grants: { table: "readwrite" },
  },
  {
    name: "procurementNotices",
    kind: "stream",
    summary:
      "Tells an organisation its application was decided, a commissioner they joined a panel, and every eligible provider of a published answer",
    context: "notifications",
    handler: "notifications/procurement-notices.ts",
    itemTypes: ["framework-application", "panel-membership", "clarification"],
    grants: { table: "readwrite" },
  },
  {
    name: "slaDueIndex",
    kind: "stream",
    summary: "Files each referral's open SLA clocks under the day they are due",
    context: "notifications",
    handler: "notifications/sla-due-index.ts",
    itemTypes: ["referral"],
    grants: { table: "readwrite" },
  },
  {
    name: "slaWarnings",
    kind: "schedule",
    summary: "Warns providers, once per clock, that a referral's service level is due within one working day",
    context: "notifications",
    handler: "notifications/sla-warnings.ts",
    everyMinutes: 15,
    grants: { table: "readwrite" },
  },
  {
    name: "draftExpiryIndex",
    kind: "stream",
    summary: "Files each new draft referral under the day its 7-day removal warning is due",
    context: "notifications",
    handler: "notifications/draft-expiry-index.ts",
    itemTypes: ["referral"],
    grants: { table: "readwrite" },
  },
  {
    name: "draftExpiryWarnings",
    kind: "schedule",
    summary: "Warns officers, once per draft, 7 days before a draft referral is removed",
    context: "notifications",
    handler: "notifications/draft-expiry-warnings.ts",
    everyMinutes: 24 * 60,
    grants: { table: "readwrite" },
  },
  {
    name: "outboxSender",
    kind: "stream",
    summary: "Sends each e-mail queued in the outbox through SES, one copy per address",
    context: "notifications",
    handler: "notifications/send-outbox.ts",
    itemTypes: ["outbox-email"],
    grants: { table: "readwrite", email: true },
    runsLocally: false,
  },
]);
