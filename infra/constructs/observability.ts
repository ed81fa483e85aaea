import { Duration, Stack } from "aws-cdk-lib";
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  Metric,
  TreatMissingData,
} from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Key } from "aws-cdk-lib/aws-kms";
import { FilterPattern, type ILogGroup, MetricFilter } from "aws-cdk-lib/aws-logs";
import type { IQueue } from "aws-cdk-lib/aws-sqs";
import { Topic } from "aws-cdk-lib/aws-sns";
import { Construct } from "constructs";
import type { JobDefinition } from "#functions/platform/jobs/job.ts";
import {
  businessMetrics,
  jobBusinessMetrics,
  metricsNamespace,
} from "#functions/platform/observability/metric-names.ts";
import { functionOf, type RouteDefinition } from "#functions/platform/route.ts";
import type { Api } from "./api.ts";
import type { Jobs } from "./jobs.ts";
import type { PortalFunction } from "./portal-function.ts";

export interface ObservabilityProps {
  routes: readonly RouteDefinition[];
  jobs: readonly JobDefinition[];
  api: Api;
  jobFunctions: Jobs;
}

/** What an alarm watches; thresholds are the service levels the portal promises (ADR 0014). */
export const alarmThresholds = {
  /** Share of a context's requests answered 5xx, over 5 minutes, two periods running. */
  serverErrorRate: 0.05,
  /** p99 of a context's request latency in ms, over 5 minutes, three periods running. */
  p99LatencyMs: 3000,
  /** Oldest unprocessed stream record in ms: dashboards and notices fall behind beyond this. */
  iteratorAgeMs: 5 * 60 * 1000,
} as const;

const period = Duration.minutes(5);
const service = "dynamic-framework-portal";
const contextMetric = (context: string, metricName: string, statistic: string) =>
  new Metric({
    namespace: metricsNamespace,
    metricName,
    dimensionsMap: { service, context },
    statistic,
    period,
  });
const jobMetric = (job: string, metricName: string, statistic = "Sum") =>
  new Metric({ namespace: metricsNamespace, metricName, dimensionsMap: { service, job }, statistic, period });
const idOf = (name: string) =>
  name.replace(/(^|[^a-zA-Z0-9])([a-zA-Z0-9])/g, (_m, _s, c: string) => c.toUpperCase());

/**
 * Metrics, dashboards and alarms in the cloud: a dashboard per bounded context (requests, errors by
 * class, latency, its business metrics, its function's throttles and its jobs), and alarms on 5xx rate,
 * p99 latency, Lambda throttles, API 429s, the stream dead-letter queue and stream iterator age, all
 * sent to one encrypted, TLS-only SNS topic that operators subscribe to.
 */
export class Observability extends Construct {
  readonly alarmTopic: Topic;
  readonly dashboards = new Map<string, Dashboard>();

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    const key = new Key(this, "AlarmTopicKey", {
      enableKeyRotation: true,
      description: "Encrypts the portal's alarm notifications",
    });
    // CloudWatch publishes alarm notifications to the topic, so it must be able to use the topic's key.
    key.grant(new ServicePrincipal("cloudwatch.amazonaws.com"), "kms:Decrypt", "kms:GenerateDataKey*");
    this.alarmTopic = new Topic(this, "AlarmTopic", {
      displayName: "Dynamic Framework Portal alarms",
      masterKey: key,
      enforceSSL: true,
    });
    const action = new SnsAction(this.alarmTopic);
    const alarm = (
      alarmId: string,
      props: ConstructorParameters<typeof Alarm>[2],
      scope: Construct = this,
    ) => {
      const created = new Alarm(scope, alarmId, {
        treatMissingData: TreatMissingData.NOT_BREACHING,
        ...props,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
      return created;
    };

    const contexts = [
      ...new Set([...props.routes.map((r) => r.context), ...props.jobs.map((j) => j.context)]),
    ];
    for (const context of contexts) {
      const routes = props.routes.filter((r) => r.context === context);
      const jobs = props.jobs.filter((j) => j.context === context);
      const fn = routes[0] ? props.api.functions.get(routes[0].operationId) : undefined;
      const prefix = idOf(context);
      const widgets = [];
      // A context's alarms live in its nested stack beside its routes, so they do not grow the parent
      // (ADR 0007, session 7 update). Its dashboard stays here: a fixed name cannot move between stacks
      // without the old stack's clean-up deleting the new dashboard.
      const contextAlarm = (alarmId: string, alarmProps: ConstructorParameters<typeof Alarm>[2]) =>
        alarm(alarmId, alarmProps, props.api.contexts.of(context));

      if (fn) {
        const serverErrorRate = contextMetric(context, "ServerErrors", "Average");
        const p99 = contextMetric(context, "Latency", "p99");
        contextAlarm(`${prefix}ServerErrorRate`, {
          alarmDescription: `More than 5% of ${context} requests answered 5xx`,
          metric: serverErrorRate,
          threshold: alarmThresholds.serverErrorRate,
          evaluationPeriods: 2,
          comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        });
        contextAlarm(`${prefix}P99Latency`, {
          alarmDescription: `p99 latency of ${context} requests above ${alarmThresholds.p99LatencyMs} ms`,
          metric: p99,
          threshold: alarmThresholds.p99LatencyMs,
          evaluationPeriods: 3,
          comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        });
        // A context split into two functions (ADR 0013) has a throttle alarm for each.
        const fns = new Map(routes.map((r) => [functionOf(r), props.api.functions.get(r.operationId)!]));
        for (const [name, each] of fns) {
          contextAlarm(`${name === context ? prefix : idOf(name)}Throttles`, {
            alarmDescription: `Lambda throttled the ${name} function`,
            metric: each.metricThrottles({ period, statistic: "Sum" }),
            threshold: 0,
            evaluationPeriods: 1,
            comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
          });
        }
        const business = routes.flatMap((r) =>
          businessMetrics[r.operationId] ? [businessMetrics[r.operationId]!] : [],
        );
        widgets.push(
          graph("Requests and errors (count)", [
            contextMetric(context, "Requests", "Sum"),
            contextMetric(context, "ClientErrors", "Sum"),
            contextMetric(context, "ServerErrors", "Sum"),
          ]),
          graph("Latency (ms)", [contextMetric(context, "Latency", "p50"), p99]),
          ...[...fns].map(([name, each]) =>
            graph(name === context ? "Function" : `Function ${name}`, [
              each.metricInvocations(),
              each.metricErrors(),
              each.metricThrottles(),
            ]),
          ),
        );
        if (business.length) {
          widgets.push(
            graph(
              "Business",
              business.map((name) => contextMetric(context, name, "Sum")),
            ),
          );
        }
      }

      for (const job of jobs) {
        const jobFn = props.jobFunctions.functions.get(job.name) as PortalFunction;
        const metricsOfJob: IMetric[] = [
          jobMetric(job.name, "JobRuns"),
          jobMetric(job.name, "JobErrors"),
          jobMetric(job.name, "ChangesProcessed"),
          ...(jobBusinessMetrics[job.name] ? [jobMetric(job.name, jobBusinessMetrics[job.name]!)] : []),
        ];
        if (job.kind === "stream") {
          const iteratorAge = jobFn.metric("IteratorAge", { statistic: "Maximum", period });
          contextAlarm(`${idOf(job.name)}IteratorAge`, {
            alarmDescription: `The ${job.name} job is more than five minutes behind the table's stream`,
            metric: iteratorAge,
            threshold: alarmThresholds.iteratorAgeMs,
            evaluationPeriods: 1,
            comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
          });
          widgets.push(graph(`Job ${job.name}: stream iterator age (ms)`, [iteratorAge]));
        }
        widgets.push(graph(`Job ${job.name}`, metricsOfJob));
      }

      const dashboard = new Dashboard(this, `${prefix}Dashboard`, {
        dashboardName: `${Stack.of(this).stackName}-${context}`,
      });
      dashboard.addWidgets(...widgets);
      this.dashboards.set(context, dashboard);
    }

    this.platformAlarms(props, alarm);
  }

  /** Alarms that belong to no one context: the stream's dead letters and the API's 429s. */
  private platformAlarms(
    props: ObservabilityProps,
    alarm: (id: string, p: ConstructorParameters<typeof Alarm>[2], scope?: Construct) => Alarm,
  ) {
    const deadLetters = props.jobFunctions.node.findChild("StreamDeadLetters") as IQueue;
    alarm("StreamDeadLetters", {
      alarmDescription: "Stream changes failed ten times and were parked in the dead-letter queue",
      metric: deadLetters.metricApproximateNumberOfMessagesVisible({ period, statistic: "Maximum" }),
      threshold: 0,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    });
    // HTTP APIs publish no 429 metric of their own; the access log has each request's status.
    const accessLogs = props.api.node.findChild("AccessLogs") as ILogGroup;
    const throttled = new MetricFilter(this, "ApiThrottledFilter", {
      logGroup: accessLogs,
      filterPattern: FilterPattern.stringValue("$.status", "=", "429"),
      metricNamespace: metricsNamespace,
      metricName: "ApiThrottled",
      metricValue: "1",
      defaultValue: 0,
    });
    alarm("ApiThrottled", {
      alarmDescription: "API Gateway refused requests with 429 (stage throttling)",
      metric: throttled.metric({ statistic: "Sum", period }),
      threshold: 0,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    });
  }
}

const graph = (title: string, left: IMetric[]) => new GraphWidget({ title, left, width: 12, height: 6 });
