import { Match } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { jobTable } from "#functions/jobs.ts";
import { metricsNamespace } from "#functions/platform/observability/metric-names.ts";
import { routesByFunction } from "#functions/platform/route.ts";
import { routeTable } from "#functions/routes.ts";
import { alarmThresholds } from "#infra/constructs/observability.ts";
import { type NestedTemplate, nestedResources, nestedTemplates } from "./support/nested-templates.ts";
import { logicalId, type Synthesised, synthPortal } from "./support/portal-template.ts";

let portal: Synthesised;
let nested: NestedTemplate[];
beforeAll(() => {
  portal = synthPortal();
  nested = nestedTemplates(portal);
});

const contexts = [...new Set([...routeTable.map((r) => r.context), ...jobTable.map((j) => j.context)])];
const resources = (type: string) => Object.values(portal.template.findResources(type));
// A context's alarms live in its nested stack (ADR 0007, session 7 update), the platform's in the parent;
// nested parameters are resolved to what the parent passes in.
const alarms = () => [
  ...resources("AWS::CloudWatch::Alarm"),
  ...nestedResources(nested, "AWS::CloudWatch::Alarm").map((a) => ({ Properties: a.properties })),
];
const alarmsOn = (metricName: string) => alarms().filter((a) => a.Properties.MetricName === metricName);
const topicRef = () => ({ Ref: logicalId(portal.stack.observability.alarmTopic) });

describe("tracing and metrics on every function", () => {
  it("traces every function with X-Ray and names the metrics namespace", () => {
    // The portal's own functions: CDK's provider for the cross-region reference to the edge stack's web
    // ACL is a Lambda of CDK's, not a route or a job of ours.
    const functions = resources("AWS::Lambda::Function").filter(
      (f) => f.Properties.Runtime === "nodejs24.x" && f.Properties.Handler !== "__entrypoint__.handler",
    );
    expect(functions.length).toBe(routesByFunction(routeTable).size + jobTable.length);
    for (const fn of functions) {
      expect(fn.Properties.TracingConfig).toEqual({ Mode: "Active" });
      expect(fn.Properties.Environment.Variables.POWERTOOLS_METRICS_NAMESPACE).toBe(metricsNamespace);
    }
  });
});

describe("a dashboard per bounded context", () => {
  it("has one dashboard for each context, named after it", () => {
    const names = resources("AWS::CloudWatch::Dashboard").map((d) => d.Properties.DashboardName);
    expect(names.sort()).toEqual(contexts.map((c) => `DynamicFrameworkPortal-${c}`).sort());
  });

  it("graphs the context's requests, latency and business metric, and its jobs", () => {
    const body = (context: string) =>
      JSON.stringify(
        portal.template.findResources("AWS::CloudWatch::Dashboard")[
          logicalId(portal.stack.observability.dashboards.get(context)!)
        ]?.Properties.DashboardBody,
      );
    expect(body("bids")).toContain("BidsSubmitted");
    expect(body("bids")).toContain("Latency");
    expect(body("referrals")).toContain("ReferralsSent");
    expect(body("notifications")).toContain("EmailsSent");
    expect(body("performance")).toContain("IteratorAge");
  });
});

describe("alarms, all sent to the alarm topic", () => {
  const apiContexts = [...new Set(routeTable.map((r) => r.context))];

  it("alarms on each context's 5xx rate and p99 latency", () => {
    const serverErrors = alarmsOn("ServerErrors");
    expect(serverErrors.map((a) => a.Properties.Dimensions).flat()).toEqual(
      expect.arrayContaining(apiContexts.map((c) => ({ Name: "context", Value: c }))),
    );
    for (const alarm of serverErrors) {
      expect(alarm.Properties).toMatchObject({
        Namespace: metricsNamespace,
        Statistic: "Average",
        Threshold: alarmThresholds.serverErrorRate,
      });
    }
    const latency = alarmsOn("Latency");
    expect(latency).toHaveLength(apiContexts.length);
    for (const alarm of latency) {
      expect(alarm.Properties).toMatchObject({
        ExtendedStatistic: "p99",
        Threshold: alarmThresholds.p99LatencyMs,
      });
    }
  });

  it("alarms on Lambda throttles of every API function and on API Gateway 429s", () => {
    expect(alarmsOn("Throttles")).toHaveLength(routesByFunction(routeTable).size);
    portal.template.hasResourceProperties("AWS::Logs::MetricFilter", {
      FilterPattern: '{ $.status = "429" }',
      MetricTransformations: [
        Match.objectLike({ MetricName: "ApiThrottled", MetricNamespace: metricsNamespace }),
      ],
    });
    expect(alarmsOn("ApiThrottled")).toHaveLength(1);
  });

  it("alarms on the stream's dead-letter queue and each stream job's iterator age", () => {
    const [dlq] = alarmsOn("ApproximateNumberOfMessagesVisible");
    expect(JSON.stringify(dlq?.Properties.Dimensions)).toContain("StreamDeadLetters");
    expect(alarmsOn("IteratorAge")).toHaveLength(jobTable.filter((j) => j.kind === "stream").length);
  });

  it("keeps each context's alarms in that context's nested stack, and the platform's in the parent", () => {
    for (const each of nested) {
      const inStack = Object.values(each.template.findResources("AWS::CloudWatch::Alarm"));
      const context = contexts.find((c) => portal.stack.api.contexts.of(c) === each.stack);
      for (const alarm of inStack) {
        const dimensions = JSON.stringify(alarm.Properties.Dimensions ?? []);
        // Context metrics name the context; function metrics (throttles, iterator age) name a function.
        expect(
          dimensions.includes(`"Value":"${context}"`) || dimensions.includes('"Name":"FunctionName"'),
        ).toBe(true);
      }
    }
    const inParent = resources("AWS::CloudWatch::Alarm").map((a) => a.Properties.MetricName);
    expect(inParent.sort()).toEqual(["ApiThrottled", "ApproximateNumberOfMessagesVisible"]);
  });

  it("sends every alarm, and its recovery, to the topic", () => {
    expect(alarms().length).toBeGreaterThan(2);
    for (const alarm of alarms()) {
      expect(alarm.Properties.AlarmActions).toEqual([topicRef()]);
      expect(alarm.Properties.OKActions).toEqual([topicRef()]);
    }
  });

  it("encrypts the topic with a rotated key CloudWatch may use, and refuses plain HTTP", () => {
    const topic = portal.template.findResources("AWS::SNS::Topic")[topicRef().Ref]!;
    expect(topic.Properties.KmsMasterKeyId).toEqual({ "Fn::GetAtt": [expect.any(String), "Arn"] });
    const keyId = topic.Properties.KmsMasterKeyId["Fn::GetAtt"][0] as string;
    const key = portal.template.findResources("AWS::KMS::Key")[keyId]!;
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect(JSON.stringify(key.Properties.KeyPolicy)).toContain("cloudwatch.amazonaws.com");
    portal.template.hasResourceProperties("AWS::SNS::TopicPolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
        ]),
      },
    });
  });
});
