import { App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { EdgeStack } from "./constructs/waf.ts";
import { PortalStack, type PortalStackProps } from "./portal-stack.ts";
import { defaultRateLimits } from "./rate-limits.ts";

export interface BuildAppOptions extends Pick<
  PortalStackProps,
  "routes" | "jobs" | "emailFrom" | "webDistDir" | "authDomainPrefix"
> {
  /** Skip esbuild (context `aws:cdk:bundling-stacks: []`): templates stay the same, assets are placeholders. */
  skipBundling?: boolean;
  /** Register the cdk-nag AwsSolutions pack, as the real app does; synth then fails on any unacknowledged finding. */
  nag?: boolean;
  outdir?: string;
  /** Extra context; the CLI adds cdk.json's on its own, tests pass it themselves. */
  context?: Record<string, unknown>;
}

/** The CloudFormation stack name, fixed so every deploy updates the same stack. */
export const stackName = "DynamicFrameworkPortal";

/** The us-east-1 stack holding what CloudFront needs from there: its WAF web ACL. */
export const edgeStackName = "DynamicFrameworkPortalEdge";

/** Builds the CDK app (the portal stack and its us-east-1 edge stack); `app.ts` synthesises it and tests inspect it. */
export const buildApp = (
  options: BuildAppOptions = {},
): { app: App; stack: PortalStack; edge: EdgeStack } => {
  const app = new App({
    outdir: options.outdir,
    context: {
      ...options.context,
      // Server access logs are delivered under a bucket policy rather than a legacy log-delivery ACL.
      "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy": true,
      ...(options.skipBundling ? { "aws:cdk:bundling-stacks": [] } : {}),
    },
  });
  if (options.nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  // A CloudFront-scope web ACL can only be created in us-east-1 (docs/adr: rate limits).
  const edge = new EdgeStack(app, edgeStackName, {
    stackName: edgeStackName,
    env: { account, region: "us-east-1" },
    description: "Dynamic Framework Portal: the CloudFront WAF web ACL (must live in us-east-1)",
    limits: defaultRateLimits,
    crossRegionReferences: true,
  });
  const stack = new PortalStack(app, stackName, {
    stackName,
    env: {
      account,
      region: process.env.CDK_DEFAULT_REGION ?? "eu-west-2",
    },
    crossRegionReferences: true,
    edgeWebAclArn: edge.webAcl.attrArn,
    rateLimits: defaultRateLimits,
    description: "Dynamic Framework Portal: procurement and referrals for probation services",
    routes: options.routes,
    jobs: options.jobs,
    emailFrom: options.emailFrom,
    webDistDir: options.webDistDir,
    authDomainPrefix: options.authDomainPrefix,
  });
  return { app, stack, edge };
};
