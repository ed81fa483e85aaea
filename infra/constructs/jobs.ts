import { join } from "node:path";
import { Duration, Stack, Validations } from "aws-cdk-lib";
import { Rule, Schedule } from "aws-cdk-lib/aws-events";
import { LambdaFunction } from "aws-cdk-lib/aws-events-targets";
import { Grant } from "aws-cdk-lib/aws-iam";
import { FilterCriteria, FilterRule, StartingPosition } from "aws-cdk-lib/aws-lambda";
import { DynamoEventSource, SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import type { JobDefinition } from "#functions/platform/jobs/job.ts";
import { projectRoot } from "../project-root.ts";
import type { DataTable } from "./data-table.ts";
import { PortalFunction } from "./portal-function.ts";

export interface JobsProps {
  jobs: readonly JobDefinition[];
  table: DataTable;
  /** The verified SES identity (an address or domain) e-mails are sent from. */
  emailFrom: string;
}

const constructId = (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}Job`;

/**
 * The job table in the cloud: each stream job is a function fed by the table's stream (only the item
 * types it declares, retried from the first failed record, parked in a dead-letter queue after ten
 * tries), and each schedule job a function an EventBridge rule calls. Grants follow each row.
 */
export class Jobs extends Construct {
  /** By job name, for tests and outputs. */
  readonly functions = new Map<string, PortalFunction>();

  constructor(scope: Construct, id: string, props: JobsProps) {
    super(scope, id);
    const deadLetters = new Queue(this, "StreamDeadLetters", {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(deadLetters).acknowledge({
      id: "AwsSolutions-SQS3",
      reason:
        "This queue is itself the dead-letter queue: it holds the stream positions that failed ten times.",
    });

    for (const job of props.jobs) {
      const fn = new PortalFunction(this, constructId(job.name), {
        entry: join(projectRoot, "functions", job.handler),
        description: `${job.kind} job ${job.name}: ${job.summary}`.slice(0, 256),
        timeout: Duration.seconds(60),
      });
      this.functions.set(job.name, fn);
      // a CDK grant method, not a React hook
      if (job.grants.table) fn.useTable(props.table, job.grants.table);
      if (job.grants.email) {
        fn.addEnvironment("EMAIL_FROM", props.emailFrom);
        const domain = props.emailFrom.includes("@") ? props.emailFrom.split("@")[1]! : props.emailFrom;
        Grant.addToPrincipal({
          grantee: fn,
          actions: ["ses:SendEmail"],
          resourceArns: [
            Stack.of(this).formatArn({ service: "ses", resource: "identity", resourceName: domain }),
          ],
        });
      }
      if (job.kind === "stream") {
        const types = FilterRule.or(...job.itemTypes);
        fn.addEventSource(
          new DynamoEventSource(props.table, {
            startingPosition: StartingPosition.TRIM_HORIZON,
            batchSize: 100,
            maxBatchingWindow: Duration.seconds(1),
            retryAttempts: 10,
            reportBatchItemFailures: true,
            onFailure: new SqsDlq(deadLetters),
            filters: [
              FilterCriteria.filter({ dynamodb: { NewImage: { type: { S: types } } } }),
              FilterCriteria.filter({ dynamodb: { OldImage: { type: { S: types } } } }),
            ],
          }),
        );
      } else {
        new Rule(this, `${constructId(job.name)}Schedule`, {
          schedule: Schedule.rate(Duration.minutes(job.everyMinutes)),
          targets: [new LambdaFunction(fn, { retryAttempts: 2 })],
        });
      }
    }
  }
}
