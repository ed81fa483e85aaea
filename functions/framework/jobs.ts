import { defineJobs } from "../platform/jobs/job.ts";

/** The framework context's work no request waits for: flagging a suspended or removed supplier's contracts, and document reminders. */
export const frameworkJobs = defineJobs([
  {
    name: "membershipContractFlags",
    kind: "stream",
    summary:
      "Flags a suspended or removed supplier's live contracts and tells their regions' commissioners; reinstatement clears the flag",
    context: "framework",
    handler: "framework/membership-flags.ts",
    itemTypes: ["framework-membership-change"],
    grants: { table: "readwrite" },
  },
  {
    name: "frameworkDocumentReminders",
    kind: "schedule",
    summary: "Reminds each supplier 30 and 7 days before a framework document expires (once each)",
    context: "framework",
    handler: "framework/document-reminders.ts",
    everyMinutes: 1440,
    grants: { table: "readwrite" },
  },
]);
