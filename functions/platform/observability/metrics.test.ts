import type { Context, DynamoDBStreamEvent } from "aws-lambda";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ApiEvent } from "../http/api-event.ts";
import { httpHandler } from "../http/handler.ts";
import { HttpProblem } from "../http/problems.ts";
import { streamHandler } from "../jobs/stream-handler.ts";
import type { RouteDefinition } from "../route.ts";

// Metrics read these once, when the module builds its instance: before the imports above run. A test
// stack started in the same run (the integration layer) sets them for its handlers: metrics off, and
// Powertools' dev mode, which prints through the global console instead of standard output.
vi.hoisted(() => {
  process.env.POWERTOOLS_METRICS_DISABLED = "false";
  delete process.env.POWERTOOLS_DEV;
});

interface EmfLine {
  _aws: { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string }[] }[] };
  [key: string]: unknown;
}

let printed: string[] = [];
beforeEach(() => {
  printed = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

/** The embedded-metric-format lines printed, parsed (the logger's own lines are left out). */
const emfLines = (): EmfLine[] =>
  printed
    .flatMap((chunk) => chunk.split("\n"))
    .filter((line) => line.includes('"_aws"'))
    .map((line) => JSON.parse(line) as EmfLine);

const metricNames = (line: EmfLine) => line._aws.CloudWatchMetrics[0]!.Metrics.map((m) => m.Name).sort();

const submitBid = {
  operationId: "submitBid",
  method: "POST",
  path: "/api/test",
  summary: "A route counted as a bid submission",
  context: "bids",
  handler: "test.ts",
  access: "public",
  response: { status: 200, description: "ok" },
  grants: {},
} as const satisfies RouteDefinition;

const event = { headers: {}, routeKey: "POST /api/test", requestContext: {} } as unknown as ApiEvent;

describe("metrics in the embedded metric format", () => {
  it("a request prints one line: latency, error classes and its context's business metric", async () => {
    const handler = httpHandler(submitBid, async () => ({ ok: true }));
    const response = await handler(event, {} as Context);
    expect(response.statusCode).toBe(200);

    const [line, ...more] = emfLines();
    expect(more).toEqual([]);
    expect(line!._aws.CloudWatchMetrics[0]).toMatchObject({
      Namespace: "DynamicFrameworkPortal",
      Dimensions: [["service", "context"]],
    });
    expect(metricNames(line!)).toEqual([
      "BidsSubmitted",
      "ClientErrors",
      "Latency",
      "Requests",
      "ServerErrors",
    ]);
    expect(line).toMatchObject({
      service: "dynamic-framework-portal",
      context: "bids",
      operationId: "submitBid",
      Requests: 1,
      BidsSubmitted: 1,
      ClientErrors: 0,
      ServerErrors: 0,
    });
    expect(line!.Latency).toEqual(expect.any(Number));
  });

  it("a refused request counts as a client error and not as the business event", async () => {
    const handler = httpHandler(submitBid, async () => {
      throw new HttpProblem(422, "Broken rule", "This bid has already been submitted.");
    });
    expect((await handler(event, {} as Context)).statusCode).toBe(422);
    const [line] = emfLines();
    expect(line).toMatchObject({ ClientErrors: 1, ServerErrors: 0 });
    expect(metricNames(line!)).not.toContain("BidsSubmitted");
  });

  it("a failing request counts as a server error", async () => {
    const handler = httpHandler(submitBid, async () => {
      throw new Error("boom");
    });
    expect((await handler(event, {} as Context)).statusCode).toBe(500);
    expect(emfLines()[0]).toMatchObject({ ClientErrors: 0, ServerErrors: 1 });
  });

  it("a stream job's batch prints the changes it handled and the ones left to retry", async () => {
    const record = (n: string) => ({ eventName: "INSERT", dynamodb: { SequenceNumber: n, Keys: {} } });
    const handler = streamHandler(async (change) => {
      if (change.sequenceNumber === "2") throw new Error("boom");
    }, "outboxSender");
    const result = await handler({ Records: [record("1"), record("2"), record("3")] } as DynamoDBStreamEvent);
    expect(result.batchItemFailures).toHaveLength(2);
    const [line] = emfLines();
    expect(line!._aws.CloudWatchMetrics[0]!.Dimensions).toEqual([["service", "job"]]);
    expect(line).toMatchObject({
      job: "outboxSender",
      JobRuns: 1,
      JobErrors: 1,
      ChangesProcessed: 1,
      ChangesFailed: 2,
      EmailsSent: 1,
    });
  });
});
