import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { describe, expect, it } from "vitest";
import { generatedDocument } from "#functions/platform/openapi/generated-document.ts";
import { openApiRoute } from "#functions/platform/routes.ts";
import { routeTable } from "#functions/routes.ts";
import { writeContextEntry } from "#infra/bundling/context-entry.ts";
import { bundleFunction } from "#infra/bundling/function-bundling.ts";
import { toLambdaContext } from "#infra/local/api-event.ts";
import { projectRoot } from "#infra/project-root.ts";

type Handler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

const routeKey = `${openApiRoute.method} ${openApiRoute.path}`;
const event = {
  version: "2.0",
  routeKey,
  rawPath: openApiRoute.path,
  rawQueryString: "",
  headers: { host: "localhost" },
  requestContext: {
    accountId: "000000000000",
    apiId: "test",
    domainName: "localhost",
    domainPrefix: "test",
    http: {
      method: "GET",
      path: openApiRoute.path,
      protocol: "HTTP/1.1",
      sourceIp: "127.0.0.1",
      userAgent: "",
    },
    requestId: "openapi-bundle-test",
    routeKey,
    stage: "$default",
    time: new Date().toISOString(),
    timeEpoch: Date.now(),
  },
  isBase64Encoded: false,
} satisfies APIGatewayProxyEventV2;

describe("the platform function, bundled as the stack bundles it", () => {
  it("serves the OpenAPI document built at synth, without the generator or every route's schema", async () => {
    mkdirSync(join(projectRoot, ".build"), { recursive: true });
    const outDir = mkdtempSync(join(projectRoot, ".build", "openapi-bundle-"));
    const entry = writeContextEntry(
      "platform",
      routeTable.filter((r) => r.context === "platform"),
    );
    const { outfile } = await bundleFunction(entry, join(outDir, "platform.mjs"));
    // zod-to-openapi's generator is what the document was built with; the function must not carry it.
    expect(readFileSync(outfile, "utf8")).not.toContain("OpenApiGeneratorV31");

    const { handler } = (await import(pathToFileURL(outfile).href)) as { handler: Handler };
    const res = await handler(event, toLambdaContext(openApiRoute, "openapi-bundle-test"));
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body ?? "")).toEqual(JSON.parse(JSON.stringify(generatedDocument())));
  }, 120_000);
});
