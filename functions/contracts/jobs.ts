import { defineJobs } from "../platform/jobs/job.ts";

/** Contract management's scheduled work: agreed changes on their date, expiry and its notices. */
export const contractJobs = defineJobs([
  {
    name: "contractChangesDue",
    kind: "schedule",
    summary: "Applies agreed contract changes on their effective date (terms and catalogue together)",
    context: "contracts",
    handler: "contracts/apply-due-changes.ts",
    everyMinutes: 60,
    grants: { table: "readwrite" },
  },
  {
    name: "contractExpiry",
    kind: "schedule",
    summary: "Expires contracts past their end date; tells both parties 90 and 30 days before",
    context: "contracts",
    handler: "contracts/expire-contracts.ts",
    everyMinutes: 1440,
    grants: { table: "readwrite" },
  },
  {
    name: "contractReviews",
    kind: "schedule",
    summary: "Records each live contract's monthly measures; proposes each ended quarter's rating",
    context: "contracts",
    handler: "contracts/review-job.ts",
    everyMinutes: 1440,
    grants: { table: "readwrite" },
  },
  {
    name: "contractCharges",
    kind: "stream",
    summary: "Adds each referral's start (initial assessment attended) to its contract's charges statement",
    context: "contracts",
    handler: "contracts/charges-stream.ts",
    itemTypes: ["referral"],
    grants: { table: "readwrite" },
  },
]);
