import { Match } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { routeTable } from "#functions/routes.ts";
import { type NestedTemplate, nestedResources, nestedTemplates } from "./support/nested-templates.ts";
import { logicalId, type Synthesised, synthPortal } from "./support/portal-template.ts";

let portal: Synthesised;
let nested: NestedTemplate[];
beforeAll(() => {
  portal = synthPortal();
  nested = nestedTemplates(portal);
});

// The routes live in the per-context nested stacks (ADR 0007, session 7 update), with parameters resolved
// to what the parent stack passes in, so they compare with the parent's logical ids.
const routesInTemplate = () => nestedResources(nested, "AWS::ApiGatewayV2::Route").map((r) => r.properties);
const resourceCount = (template: Synthesised["template"]) =>
  Object.keys(template.toJSON().Resources as object).length;

describe("the HTTP API is derived from the route table", () => {
  it("has exactly one API Gateway route per route-table row, no more and no fewer", () => {
    const expected = routeTable.map((route) => `${route.method} ${route.path}`).sort();
    const actual = routesInTemplate()
      .map((route) => route.RouteKey as string)
      .sort();
    expect(actual).toEqual(expected);
  });

  it("lets API Gateway invoke each function once, for this API only, so the stack stays under 500 resources", () => {
    const permissions = [
      ...Object.values(portal.template.findResources("AWS::Lambda::Permission")).map((p) => p.Properties),
      ...nestedResources(nested, "AWS::Lambda::Permission").map((p) => p.properties),
    ].filter((p) => p.Principal === "apigateway.amazonaws.com");
    const functions = new Set(permissions.map((p) => JSON.stringify(p.FunctionName)));
    expect(functions.size).toBe(new Set(portal.stack.api.functions.values()).size);
    expect(permissions.length).toBe(functions.size);
    for (const p of permissions) {
      expect(JSON.stringify(p.SourceArn)).toContain("/*/*/*");
      expect(JSON.stringify(p.SourceArn)).toContain(`{"Ref":"${logicalId(portal.stack.api.httpApi)}"}`);
    }
  });

  it("keeps the routes out of the parent stack: each lives in its own context's nested stack", () => {
    expect(portal.template.findResources("AWS::ApiGatewayV2::Route")).toEqual({});
    const stackOf = new Map(
      nestedResources(nested, "AWS::ApiGatewayV2::Route").map((r) => [r.properties.RouteKey, r.in.stack]),
    );
    for (const route of routeTable) {
      expect(stackOf.get(`${route.method} ${route.path}`), route.operationId).toBe(
        portal.stack.api.contexts.of(route.context),
      );
    }
    portal.template.resourceCountIs(
      "AWS::CloudFormation::Stack",
      new Set(routeTable.map((r) => r.context)).size,
    );
  });

  it("keeps every stack, the parent and each nested one, far below CloudFormation's 500 resources", () => {
    // CloudFormation refuses a stack of more than 500 resources. A route costs its context's nested stack
    // one resource and the parent none; a context costs the parent about six (function, role, policy, log
    // group, dashboard, nested stack) and its nested stack about five (integration, permission, alarms).
    // Session 7: parent 227, largest nested stack 40 (contracts). 400 leaves room for many sessions and
    // fails long before a deploy would; when it does, split the stack that is full (ADR 0007 update).
    const margin = 400;
    const parent = resourceCount(portal.template);
    expect(parent, `the parent stack has ${parent} resources`).toBeLessThan(margin);
    for (const each of nested) {
      const count = resourceCount(each.template);
      expect(count, `nested stack ${each.stack.node.id} has ${count} resources`).toBeLessThan(margin);
    }
  });

  it("leaves only public routes without the JWT authorizer", () => {
    const byKey = new Map(routesInTemplate().map((route) => [route.RouteKey as string, route]));
    const authorizerId = Object.keys(portal.template.findResources("AWS::ApiGatewayV2::Authorizer"))[0]!;
    for (const route of routeTable) {
      const deployed = byKey.get(`${route.method} ${route.path}`);
      if (route.access === "public") {
        expect(deployed?.AuthorizationType, route.operationId).toBe("NONE");
        expect(deployed?.AuthorizerId, route.operationId).toBeUndefined();
      } else {
        expect(deployed?.AuthorizationType, route.operationId).toBe("JWT");
        expect(deployed?.AuthorizerId, route.operationId).toEqual({ Ref: authorizerId });
      }
    }
  });

  it("sends each route to the function of its bounded context", () => {
    const integrations = nestedResources(nested, "AWS::ApiGatewayV2::Integration");
    const byKey = new Map(
      nestedResources(nested, "AWS::ApiGatewayV2::Route").map((r) => [r.properties.RouteKey as string, r]),
    );
    for (const route of routeTable) {
      const deployed = byKey.get(`${route.method} ${route.path}`);
      const target = JSON.stringify(deployed?.properties.Target);
      // The integration is in the route's own nested stack, for the parent's API.
      const integration = integrations.find((i) => i.in === deployed?.in && target.includes(`"${i.id}"`));
      const fn = portal.stack.api.functions.get(route.operationId);
      expect(fn, route.operationId).toBeDefined();
      expect(integration?.properties.ApiId, route.operationId).toEqual({
        Ref: logicalId(portal.stack.api.httpApi),
      });
      expect(integration?.properties.IntegrationUri, route.operationId).toEqual({
        "Fn::GetAtt": [logicalId(fn!), "Arn"],
      });
    }
  });

  it("checks tokens from the portal's user pool, for the web client", () => {
    const [authorizer] = Object.values(portal.template.findResources("AWS::ApiGatewayV2::Authorizer"));
    const { identity } = portal.stack;
    expect(authorizer?.Properties.AuthorizerType).toBe("JWT");
    expect(authorizer?.Properties.JwtConfiguration.Audience).toEqual([
      { Ref: logicalId(identity.webClient) },
    ]);
    expect(JSON.stringify(authorizer?.Properties.JwtConfiguration.Issuer)).toContain(
      logicalId(identity.userPool),
    );
  });

  it("throttles the default stage and writes access logs", () => {
    portal.template.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      StageName: "$default",
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingBurstLimit: 200, ThrottlingRateLimit: 100 },
      AccessLogSettings: { DestinationArn: { "Fn::GetAtt": [Match.stringLikeRegexp("AccessLogs"), "Arn"] } },
    });
  });

  it("creates the stage only after the routes its throttling settings name, in their nested stacks", () => {
    const [stage] = Object.values(portal.template.findResources("AWS::ApiGatewayV2::Stage"));
    const keys = Object.keys(stage?.Properties.RouteSettings ?? {});
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      const route = routeTable.find((r) => `${r.method} ${r.path}` === key);
      expect(route, key).toBeDefined();
      const nestedStack = portal.stack.api.contexts.of(route!.context).nestedStackResource!;
      expect(stage?.DependsOn, key).toContain(logicalId(nestedStack));
    }
  });
});
