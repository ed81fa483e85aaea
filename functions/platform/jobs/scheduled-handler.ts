import { logger } from "../observability/logger.ts";
import { recordJobRun } from "../observability/metrics.ts";

/**
 * A scheduled job's Lambda handler: runs `work` and records the metrics of `job` (its name in the job table) whether it succeeded
 * or failed (a failure is rethrown, so EventBridge retries it). `work` returns how many things it did.
 */
export const scheduledHandler = (work: () => Promise<number>, job: string) => async (): Promise<void> => {
  const started = performance.now();
  const durationMs = () => Math.round(performance.now() - started);
  try {
    const processed = await work();
    recordJobRun(job, { durationMs: durationMs(), processed, failed: 0 });
  } catch (error) {
    logger.error("Scheduled job failed", { job, error: (error as Error).name });
    recordJobRun(job, { durationMs: durationMs(), processed: 0, failed: 1 });
    throw error;
  }
};
