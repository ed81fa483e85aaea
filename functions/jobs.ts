import { contractJobs } from "./contracts/jobs.ts";
import { frameworkJobs } from "./framework/jobs.ts";
import type { JobDefinition } from "./platform/jobs/job.ts";
import { noticeJobs } from "./notices/jobs.ts";
import { notificationJobs } from "./notifications/jobs.ts";
import { performanceJobs } from "./performance/jobs.ts";

/**
 * THE job table: stream consumers and scheduled jobs. The CDK stack and the local stack both read
 * this list; each bounded context contributes its own rows.
 */
export const jobTable: readonly JobDefinition[] = [
  ...performanceJobs,
  ...notificationJobs,
  ...contractJobs,
  ...noticeJobs,
  ...frameworkJobs,
];
