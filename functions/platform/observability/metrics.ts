import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import type { RouteDefinition } from "../route.ts";
import { businessMetrics, jobBusinessMetrics, metricsNamespace } from "./metric-names.ts";

/**
 * Metrics in CloudWatch's embedded metric format: one JSON line in the function's log per request or
 * job run, which CloudWatch turns into metrics without an API call. Locally the same line is printed.
 * Dimensions stay few (context, or job) so the number of metrics, and their cost, stays fixed.
 */
export const metrics = new Metrics({
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? metricsNamespace,
  serviceName: "dynamic-framework-portal",
});

/**
 * Records one request: its latency, whether it failed on the client's side (4xx) or ours (5xx), and the
 * context's business metric when the route has one and succeeded. Synchronous from first add to flush,
 * so requests served in one process (the local gateway) never mix their metrics.
 */
export const recordRequest = (route: RouteDefinition, status: number, durationMs: number): void => {
  metrics.addDimension("context", route.context);
  metrics.addMetric("Requests", MetricUnit.Count, 1);
  metrics.addMetric("Latency", MetricUnit.Milliseconds, durationMs);
  metrics.addMetric("ClientErrors", MetricUnit.Count, status >= 400 && status < 500 ? 1 : 0);
  metrics.addMetric("ServerErrors", MetricUnit.Count, status >= 500 ? 1 : 0);
  const business = businessMetrics[route.operationId];
  if (business && status < 300) metrics.addMetric(business, MetricUnit.Count, 1);
  // Searchable in Logs Insights without being a dimension (a dimension per route would multiply metrics).
  metrics.addMetadata("operationId", route.operationId);
  metrics.publishStoredMetrics();
};

/** Records one run of a stream or schedule job: how long, how many changes handled and failed, and its business metric. */
export const recordJobRun = (
  job: string,
  run: { durationMs: number; processed: number; failed: number },
): void => {
  metrics.addDimension("job", job);
  metrics.addMetric("JobRuns", MetricUnit.Count, 1);
  metrics.addMetric("JobDuration", MetricUnit.Milliseconds, run.durationMs);
  metrics.addMetric("JobErrors", MetricUnit.Count, run.failed > 0 ? 1 : 0);
  metrics.addMetric("ChangesProcessed", MetricUnit.Count, run.processed);
  metrics.addMetric("ChangesFailed", MetricUnit.Count, run.failed);
  const business = jobBusinessMetrics[job];
  if (business) metrics.addMetric(business, MetricUnit.Count, run.processed);
  metrics.publishStoredMetrics();
};
