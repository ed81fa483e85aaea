import { Match, Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "#infra/portal-app.ts";
import { defaultRateLimits } from "#infra/rate-limits.ts";
import { testContext } from "./support/cdk-context.ts";
import { logicalId, missingWebDist } from "./support/portal-template.ts";

// Issue 12, defect 6: nothing limited a client. HTTP APIs cannot take a web ACL, so the ACL sits on
// CloudFront (which serves /api/*), another on the user pool, and costly routes get stage throttles.
let portal: Template;
let edge: Template;
let built: ReturnType<typeof buildApp>;
beforeAll(() => {
  built = buildApp({ skipBundling: true, context: testContext(), webDistDir: missingWebDist });
  portal = Template.fromStack(built.stack);
  edge = Template.fromStack(built.edge);
});

const blocks429 = {
  Block: {
    CustomResponse: {
      ResponseCode: 429,
      ResponseHeaders: [{ Name: "retry-after", Value: String(defaultRateLimits.windowSeconds) }],
    },
  },
};

describe("the CloudFront web ACL (us-east-1)", () => {
  it("is a CLOUDFRONT-scope ACL in a us-east-1 stack", () => {
    expect(built.edge.region).toBe("us-east-1");
    edge.resourceCountIs("AWS::WAFv2::WebACL", 1);
    edge.hasResourceProperties("AWS::WAFv2::WebACL", { Scope: "CLOUDFRONT", DefaultAction: { Allow: {} } });
  });

  it("limits each IP address overall and on costly routes, answering 429 with Retry-After", () => {
    edge.hasResourceProperties("AWS::WAFv2::WebACL", {
      Rules: Match.arrayWith([
        Match.objectLike({
          Name: "RatePerIp",
          Action: Match.objectLike(blocks429),
          Statement: {
            RateBasedStatement: {
              AggregateKeyType: "IP",
              Limit: defaultRateLimits.perClient,
              EvaluationWindowSec: defaultRateLimits.windowSeconds,
            },
          },
        }),
        Match.objectLike({
          Name: "CostlyRoutesPerIp",
          Statement: {
            RateBasedStatement: Match.objectLike({
              AggregateKeyType: "IP",
              Limit: defaultRateLimits.costly,
              ScopeDownStatement: Match.objectLike({ OrStatement: Match.anyValue() }),
            }),
          },
        }),
      ]),
    });
  });

  it("runs AWS's common and known-bad-inputs rule groups", () => {
    edge.hasResourceProperties("AWS::WAFv2::WebACL", {
      Rules: Match.arrayWith([
        Match.objectLike({
          Statement: {
            ManagedRuleGroupStatement: Match.objectLike({
              VendorName: "AWS",
              Name: "AWSManagedRulesCommonRuleSet",
            }),
          },
        }),
        Match.objectLike({
          Statement: {
            ManagedRuleGroupStatement: Match.objectLike({
              VendorName: "AWS",
              Name: "AWSManagedRulesKnownBadInputsRuleSet",
            }),
          },
        }),
      ]),
    });
  });

  it("is the distribution's web ACL, and the distribution serves /api/*", () => {
    const distributions = portal.findResources("AWS::CloudFront::Distribution");
    const [config] = Object.values(distributions).map(
      (d) =>
        (d as { Properties: { DistributionConfig: Record<string, unknown> } }).Properties.DistributionConfig,
    );
    expect(config?.WebACLId).toBeDefined();
    expect(JSON.stringify(config?.WebACLId)).toContain(logicalId(built.edge.webAcl));
    expect(JSON.stringify(config?.CacheBehaviors)).toContain('"PathPattern":"/api/*"');
  });
});

describe("the sign-in web ACL (the user pool)", () => {
  it("limits sign-ins per IP and is associated with the user pool", () => {
    portal.hasResourceProperties("AWS::WAFv2::WebACL", {
      Scope: "REGIONAL",
      Rules: Match.arrayWith([
        Match.objectLike({
          Name: "SignInsPerIp",
          Statement: { RateBasedStatement: Match.objectLike({ Limit: defaultRateLimits.signIn }) },
        }),
      ]),
    });
    portal.hasResourceProperties("AWS::WAFv2::WebACLAssociation", {
      ResourceArn: { "Fn::GetAtt": [logicalId(built.stack.identity.userPool), "Arn"] },
    });
  });
});

describe("the HTTP API stage", () => {
  it("throttles each costly route below the stage's own limit", () => {
    portal.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      DefaultRouteSettings: Match.objectLike({ ThrottlingRateLimit: 100 }),
      RouteSettings: Match.objectLike({
        "GET /api/performance/dashboard/export": { ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 },
        "GET /api/performance/contracts/{contractId}/report": {
          ThrottlingRateLimit: 5,
          ThrottlingBurstLimit: 10,
        },
      }),
    });
  });
});

describe("the cursor signing key", () => {
  it("is a generated secret each API function may read, named in its environment", () => {
    portal.resourceCountIs("AWS::SecretsManager::Secret", 1);
    const fn = built.stack.api.functions.get("listReferralInbox")!;
    portal.hasResourceProperties("AWS::Lambda::Function", {
      FunctionName: Match.absent(),
      Environment: { Variables: Match.objectLike({ CURSOR_KEY_SECRET_ARN: Match.anyValue() }) },
    });
    expect(logicalId(fn)).toBeTruthy();
  });
});
