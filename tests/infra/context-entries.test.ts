import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { describe, expect, it } from "vitest";
import { routeTable } from "#functions/routes.ts";
import { writeContextEntry } from "#infra/bundling/context-entry.ts";

const eventFor = (routeKey: string, rawPath: string): APIGatewayProxyEventV2 =>
  ({
    version: "2.0",
    routeKey,
    rawPath,
    rawQueryString: "",
    headers: {},
    isBase64Encoded: false,
    requestContext: {
      http: { method: routeKey.split(" ")[0], path: rawPath, protocol: "HTTP/1.1", sourceIp: "127.0.0.1" },
      requestId: "test",
      routeKey,
      stage: "$default",
      timeEpoch: Date.now(),
    },
  }) as unknown as APIGatewayProxyEventV2;

type Entry = {
  handler: (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;
};

describe("the entry module generated for a context's function", () => {
  const routes = routeTable.filter((route) => route.context === "platform");

  it("answers a route of its context with that route's handler", async () => {
    const entry = (await import(writeContextEntry("platform", routes))) as Entry;
    const response = await entry.handler(
      eventFor("GET /api/openapi.json", "/api/openapi.json"),
      {} as Context,
    );
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body ?? "{}").openapi).toMatch(/^3\.1/);
  });

  it("answers 404 problem+json for a route key it does not serve", async () => {
    const entry = (await import(writeContextEntry("platform", routes))) as Entry;
    const response = await entry.handler(eventFor("GET /api/bids", "/api/bids"), {} as Context);
    expect(response.statusCode).toBe(404);
    expect(response.headers?.["content-type"]).toBe("application/problem+json");
  });
});
