import { Stack, type StackProps } from "aws-cdk-lib";
import { CfnWebACL, CfnWebACLAssociation } from "aws-cdk-lib/aws-wafv2";
import { Construct } from "constructs";
import { costlyPathEndings, type RateLimits } from "../rate-limits.ts";

type Rule = CfnWebACL.RuleProperty;

const visibility = (metricName: string) => ({
  cloudWatchMetricsEnabled: true,
  sampledRequestsEnabled: true,
  metricName,
});

// The same problem+json and Retry-After the local gateway answers (infra/local/rate-limiter.ts).
const tooManyRequestsBody = "TooManyRequests";
const customResponseBodies = (limits: RateLimits) => ({
  [tooManyRequestsBody]: {
    contentType: "APPLICATION_JSON",
    content: JSON.stringify({
      type: "https://dynamic-framework.service.justice.gov.uk/problems/429",
      title: "Too many requests",
      status: 429,
      detail: `You have sent too many requests in a short time. Wait ${limits.windowSeconds} seconds and try again.`,
    }),
  },
});
const block429 = (limits: RateLimits) => ({
  block: {
    customResponse: {
      responseCode: 429,
      customResponseBodyKey: tooManyRequestsBody,
      responseHeaders: [{ name: "retry-after", value: String(limits.windowSeconds) }],
    },
  },
});

const rateRule = (
  name: string,
  priority: number,
  limit: number,
  limits: RateLimits,
  scopeDownStatement?: CfnWebACL.StatementProperty,
): Rule => ({
  name,
  priority,
  action: block429(limits),
  statement: {
    rateBasedStatement: {
      aggregateKeyType: "IP",
      limit,
      evaluationWindowSec: limits.windowSeconds,
      ...(scopeDownStatement ? { scopeDownStatement } : {}),
    },
  },
  visibilityConfig: visibility(name),
});

const endsWith = (suffix: string): CfnWebACL.StatementProperty => ({
  byteMatchStatement: {
    fieldToMatch: { uriPath: {} },
    positionalConstraint: "ENDS_WITH",
    searchString: suffix,
    textTransformations: [{ priority: 0, type: "NONE" }],
  },
});

const managed = (
  name: string,
  priority: number,
  ruleActionOverrides?: CfnWebACL.RuleActionOverrideProperty[],
): Rule => ({
  name,
  priority,
  overrideAction: { none: {} },
  statement: {
    managedRuleGroupStatement: {
      vendorName: "AWS",
      name,
      ...(ruleActionOverrides ? { ruleActionOverrides } : {}),
    },
  },
  visibilityConfig: visibility(name),
});

/**
 * The rules of the CloudFront web ACL, in evaluation order: the per-IP limit on everything, a lower
 * per-IP limit on costly routes, then AWS's common and known-bad-inputs groups. The common group's
 * 8 KB body-size rule only counts: a saved bid or referral section is legitimately larger, and the
 * handlers bound every field themselves.
 */
export const edgeRules = (limits: RateLimits): Rule[] => [
  rateRule("RatePerIp", 0, limits.perClient, limits),
  rateRule("CostlyRoutesPerIp", 1, limits.costly, limits, {
    orStatement: { statements: costlyPathEndings.map(endsWith) },
  }),
  managed("AWSManagedRulesCommonRuleSet", 2, [{ name: "SizeRestrictions_BODY", actionToUse: { count: {} } }]),
  managed("AWSManagedRulesKnownBadInputsRuleSet", 3),
];

/** The rules of the user pool's web ACL: a per-IP limit on sign-ins, and the known-bad-inputs group. */
export const signInRules = (limits: RateLimits): Rule[] => [
  rateRule("SignInsPerIp", 0, limits.signIn, limits),
  managed("AWSManagedRulesKnownBadInputsRuleSet", 1),
];

const webAcl = (
  scope: Construct,
  id: string,
  aclScope: "CLOUDFRONT" | "REGIONAL",
  rules: Rule[],
  limits: RateLimits,
) =>
  new CfnWebACL(scope, id, {
    scope: aclScope,
    defaultAction: { allow: {} },
    rules,
    customResponseBodies: customResponseBodies(limits),
    visibilityConfig: visibility(id),
  });

export interface EdgeStackProps extends StackProps {
  limits: RateLimits;
}

/**
 * A CloudFront-scope web ACL must be created in us-east-1, so it has a stack of its own there; the
 * portal stack takes its ARN through a cross-region reference (ADR: rate limits).
 */
export class EdgeStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, props);
    this.webAcl = webAcl(this, "PortalEdgeAcl", "CLOUDFRONT", edgeRules(props.limits), props.limits);
  }
}

/** A regional web ACL on the Cognito user pool: sign-ins (hosted UI and Cognito's API) limited per IP. */
export class SignInFirewall extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: { userPoolArn: string; limits: RateLimits }) {
    super(scope, id);
    this.webAcl = webAcl(this, "SignInAcl", "REGIONAL", signInRules(props.limits), props.limits);
    new CfnWebACLAssociation(this, "UserPoolAssociation", {
      resourceArn: props.userPoolArn,
      webAclArn: this.webAcl.attrArn,
    });
  }
}
