import { defineJobs } from "../platform/jobs/job.ts";

/** The notices context's work no request waits for: drafting contract management's notices. */
export const noticeJobs = defineJobs([
  {
    name: "contractNotices",
    kind: "stream",
    summary:
      "Drafts contract change (above the threshold), termination and performance notices for a commissioner to publish",
    context: "notices",
    handler: "notices/contract-notices.ts",
    itemTypes: ["contract", "contract-change", "contract-rating"],
    grants: { table: "readwrite" },
  },
]);
