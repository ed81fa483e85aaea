import { rmSync } from "node:fs";
import type { PolicyViolation, Stack } from "aws-cdk-lib";
import { HttpMethod, HttpRoute, HttpRouteKey } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import { Annotations, Match } from "aws-cdk-lib/assertions";
import { Bucket } from "aws-cdk-lib/aws-s3";
import { AwsSolutionsChecks } from "cdk-nag";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "#infra/portal-app.ts";
import { testContext } from "./support/cdk-context.ts";
import { fakeWebDist, missingWebDist } from "./support/portal-template.ts";

// cdk-nag 3 is a policy-validation plugin: it reports through the validation report, not through
// annotations, so the pack is run over the construct tree directly and its violations asserted on.
const violations = (stack: Stack, severity: "error" | "warning"): string[] =>
  new AwsSolutionsChecks(undefined, { verbose: true })
    .validateScope(stack)
    .violations.filter((v: PolicyViolation) => v.severity === severity)
    .map(
      (v: PolicyViolation) =>
        `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(", ")}: ${v.description}`,
    );

const webDist = fakeWebDist();
afterAll(() => rmSync(webDist, { recursive: true, force: true }));

describe.each([
  ["without a built web app", missingWebDist],
  ["with a built web app (BucketDeployment)", webDist],
])("cdk-nag AwsSolutions, %s", (_label, webDistDir) => {
  let built: ReturnType<typeof buildApp>;
  beforeAll(() => {
    built = buildApp({ skipBundling: true, nag: true, context: testContext(), webDistDir });
  });

  it("finds no unacknowledged errors", () => {
    expect(violations(built.stack, "error")).toEqual([]);
  });

  it("finds no unacknowledged warnings", () => {
    expect(violations(built.stack, "warning")).toEqual([]);
  });

  it("finds nothing unacknowledged in any context's nested stack (the API routes)", () => {
    const nested = built.stack.api.contexts.all();
    expect(nested.length).toBeGreaterThan(0);
    for (const stack of nested) {
      expect(violations(stack, "error"), stack.node.id).toEqual([]);
      expect(violations(stack, "warning"), stack.node.id).toEqual([]);
    }
  });

  it("finds nothing unacknowledged in the us-east-1 edge stack (the CloudFront web ACL)", () => {
    expect(violations(built.edge, "error")).toEqual([]);
    expect(violations(built.edge, "warning")).toEqual([]);
  });

  it("synthesises with the pack registered, as `cdk synth` does, and leaves no error annotations", () => {
    expect(() => built.app.synth()).not.toThrow();
    const errors = Annotations.fromStack(built.stack).findError("*", Match.anyValue());
    expect(errors.map((e) => `${e.id}: ${JSON.stringify(e.entry.data)}`)).toEqual([]);
  });
});

describe("cdk-nag is live (a control, so the checks above can fail)", () => {
  const controlApp = () =>
    buildApp({ skipBundling: true, nag: true, context: testContext(), webDistDir: missingWebDist });

  it("reports a bucket without TLS enforcement or access logs, and synth refuses it", () => {
    const { app, stack } = controlApp();
    new Bucket(stack, "CarelessBucket");
    const found = violations(stack, "error").map((v) => v.split(" ")[0]);
    expect(found).toEqual(expect.arrayContaining(["AwsSolutions-S1", "AwsSolutions-S10"]));
    expect(() => app.synth()).toThrow();
  });

  it("reports a route without the JWT authorizer in a context's nested stack, and synth refuses it", () => {
    const { app, stack } = controlApp();
    const { api } = stack;
    new HttpRoute(api.contexts.of("bids"), "CarelessRoute", {
      httpApi: api.httpApi,
      routeKey: HttpRouteKey.with("/api/careless", HttpMethod.GET),
      integration: new HttpLambdaIntegration("CarelessIntegration", api.functions.get("submitBid")!),
    });
    const found = violations(stack, "error").filter((v) => v.includes("CarelessRoute"));
    expect(found.map((v) => v.split(" ")[0])).toEqual(["AwsSolutions-APIG4"]);
    expect(() => app.synth()).toThrow();
  });
});
