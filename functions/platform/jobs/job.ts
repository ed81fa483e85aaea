import type { RouteGrants } from "../route.ts";

/**
 * A piece of work that no request waits for: a consumer of the table's change stream, or a job that
 * runs on a schedule. Like the route table, one job table feeds the CDK stack (a function with its
 * event source or schedule) and the local stack (which polls DynamoDB Local's stream and runs the
 * schedules itself), so both run the same handler.
 */
interface JobBase {
  /** Unique and stable: names the Lambda function. */
  name: string;
  summary: string;
  /** The bounded context the job belongs to. */
  context: string;
  /** The handler module, relative to `functions/`; it exports `handler`. */
  handler: string;
  grants: RouteGrants & {
    /** Sends e-mail through SES (the outbox sender). */
    email?: boolean;
  };
  /** False for a job only the cloud can do (sending e-mail through SES); the local outbox page stands in. */
  runsLocally?: boolean;
}

/** Receives the table's changes in order per item, at least once: handlers must be idempotent. */
export interface StreamJob extends JobBase {
  kind: "stream";
  /** Only changes to items whose `type` (new or old image) is one of these reach the handler. */
  itemTypes: readonly string[];
}

/** Runs every `everyMinutes`; must be safe to run twice or late (schedules are at least once too). */
export interface ScheduleJob extends JobBase {
  kind: "schedule";
  everyMinutes: number;
}

export type JobDefinition = StreamJob | ScheduleJob;

/** Identity helper that keeps job literals typed. */
export const defineJobs = <const T extends readonly JobDefinition[]>(jobs: T): T => jobs;
