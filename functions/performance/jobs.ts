import { defineJobs } from "../platform/jobs/job.ts";

/** Keeps the dashboards' aggregates and contract lists up to date as referrals and contracts change. */
export const performanceJobs = defineJobs([
  {
    name: "performanceAggregates",
    kind: "stream",
    summary: "Adds each referral change to the dashboard aggregates; lists new contracts on the dashboards",
    context: "performance",
    handler: "performance/aggregate-changes.ts",
    itemTypes: ["referral", "contract"],
    grants: { table: "readwrite" },
  },
]);
