import { rmSync } from "node:fs";
import { Annotations, Match } from "aws-cdk-lib/assertions";
import { afterAll, describe, expect, it } from "vitest";
import { fakeWebDist, logicalId, missingWebDist, synthPortal } from "./support/portal-template.ts";

const webDist = fakeWebDist();
afterAll(() => rmSync(webDist, { recursive: true, force: true }));

describe("deploying the web app", () => {
  it("deploys nothing and warns when web/dist has not been built", () => {
    const { stack, template } = synthPortal({ webDistDir: missingWebDist });
    expect(Object.keys(template.findResources("Custom::CDKBucketDeployment"))).toEqual([]);
    Annotations.fromStack(stack).hasWarning("*", Match.stringLikeRegexp("npm run build:web"));
  });

  it("uploads the built site and a config.json that names the portal's Cognito client", () => {
    const { stack, template } = synthPortal({ webDistDir: webDist });
    const deployments = Object.values(template.findResources("Custom::CDKBucketDeployment"));
    expect(deployments.length).toBeGreaterThan(0);
    const configDeployment = deployments.find((d) => d.Properties.Include?.includes("config.json"));
    const markers = JSON.stringify(configDeployment?.Properties.SourceMarkers);
    expect(markers).toContain(logicalId(stack.identity.webClient));
    expect(markers).toContain(logicalId(stack.identity.userPool));
    expect(JSON.stringify(configDeployment?.Properties.DistributionPaths)).toContain("/index.html");
  });
});
