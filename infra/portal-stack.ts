import { join } from "node:path";
import { CfnOutput, Stack, type StackProps, Validations } from "aws-cdk-lib";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import type { Construct } from "constructs";
import { jobTable } from "#functions/jobs.ts";
import type { JobDefinition } from "#functions/platform/jobs/job.ts";
import type { RouteDefinition } from "#functions/platform/route.ts";
import { routeTable } from "#functions/routes.ts";
import { AccessLogsBucket } from "./constructs/access-logs-bucket.ts";
import { Api } from "./constructs/api.ts";
import { DataTable, IdempotencyTable } from "./constructs/data-table.ts";
import {
  DocumentsBucket,
  documentsBucketName,
  documentsBucketOrigin,
} from "./constructs/documents-bucket.ts";
import { hostedUiOrigin, Identity, webClientScopes } from "./constructs/identity.ts";
import { Jobs } from "./constructs/jobs.ts";
import { Observability } from "./constructs/observability.ts";
import { SignInFirewall } from "./constructs/waf.ts";
import { WebSite } from "./constructs/web-site.ts";
import { projectRoot } from "./project-root.ts";
import { defaultRateLimits, type RateLimits } from "./rate-limits.ts";

export interface PortalStackProps extends StackProps {
  /** Defaults to THE route table; tests pass others to exercise every kind of grant. */
  routes?: readonly RouteDefinition[];
  /** Defaults to THE job table. */
  jobs?: readonly JobDefinition[];
  /** The verified SES identity e-mails come from; defaults to context `emailFrom`. */
  emailFrom?: string;
  /** The built web app; defaults to `web/dist`. */
  webDistDir?: string;
  /** Hosted UI prefix; defaults to `dynamic-framework-portal-<account>`, unique per account and region. */
  authDomainPrefix?: string;
  /** The CloudFront-scope web ACL's ARN, from the us-east-1 edge stack (infra/constructs/waf.ts). */
  edgeWebAclArn: string;
  /** Per-client limits; defaults to infra/rate-limits.ts. */
  rateLimits?: RateLimits;
}

/** The whole cloud portal: data, documents, identity, the API derived from the route table and the site. */
export class PortalStack extends Stack {
  readonly table: DataTable;
  readonly idempotencyTable: IdempotencyTable;
  readonly documents: DocumentsBucket;
  readonly identity: Identity;
  readonly api: Api;
  readonly jobs: Jobs;
  readonly observability: Observability;
  readonly site: WebSite;

  constructor(scope: Construct, id: string, props: PortalStackProps) {
    super(scope, id, props);

    const logs = new AccessLogsBucket(this, "AccessLogs");
    this.table = new DataTable(this, "Data");
    this.idempotencyTable = new IdempotencyTable(this, "Idempotency");

    // Names decided up front break the only cycle: the site's CSP names the Cognito domain and the
    // documents bucket, while their callback URLs and CORS name the site's CloudFront domain.
    const domainPrefix = props.authDomainPrefix ?? `dynamic-framework-portal-${this.account}`;
    const bucketName = documentsBucketName(this.stackName);
    this.site = new WebSite(this, "Web", {
      logBucket: logs,
      webAclArn: props.edgeWebAclArn,
      csp: {
        hostedUi: hostedUiOrigin(domainPrefix, this.region),
        cognitoIdp: `https://cognito-idp.${this.region}.${this.urlSuffix}`,
        documents: documentsBucketOrigin(bucketName),
      },
    });
    this.identity = new Identity(this, "Identity", { webOrigin: this.site.origin, domainPrefix });
    new SignInFirewall(this, "SignInFirewall", {
      userPoolArn: this.identity.userPool.userPoolArn,
      limits: props.rateLimits ?? defaultRateLimits,
    });
    // Signs page cursors (HMAC-SHA256); CloudFormation generates the value, no person ever sees it.
    const cursorKey = new Secret(this, "CursorKey", {
      description: "Dynamic Framework Portal: the key page cursors are signed with",
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    Validations.of(cursorKey).acknowledge({
      id: "AwsSolutions-SMG4",
      reason:
        "The cursor signing key protects page links for at most a day (cursors expire after 24 hours). " +
        "Rotating it only makes open page links ask the reader to start the list again; rotate by " +
        "redeploying with a new secret rather than through a rotation Lambda.",
    });
    this.documents = new DocumentsBucket(this, "Documents", {
      bucketName,
      webOrigin: this.site.origin,
      logBucket: logs,
    });

    this.api = new Api(this, "Api", {
      routes: props.routes ?? routeTable,
      auth: this.identity.auth,
      table: this.table,
      idempotencyTable: this.idempotencyTable,
      documents: this.documents,
      cursorKey,
      userPool: this.identity.userPool,
    });
    this.jobs = new Jobs(this, "Jobs", {
      jobs: props.jobs ?? jobTable,
      table: this.table,
      emailFrom:
        props.emailFrom ??
        (this.node.tryGetContext("emailFrom") as string | undefined) ??
        "no-reply@example.gov.uk",
    });
    this.observability = new Observability(this, "Observability", {
      routes: props.routes ?? routeTable,
      jobs: props.jobs ?? jobTable,
      api: this.api,
      jobFunctions: this.jobs,
    });
    this.site.routeApi(this.api.httpApi);
    this.site.deployContent(props.webDistDir ?? join(projectRoot, "web", "dist"), {
      mode: "cognito",
      authority: this.identity.auth.issuer,
      clientId: this.identity.auth.audience,
      redirectUri: this.identity.callbackUrl,
      postLogoutRedirectUri: this.identity.logoutUrl,
      scope: webClientScopes.join(" "),
      hostedUiUrl: this.identity.domain.baseUrl(),
      apiBaseUrl: "/api",
    });

    new CfnOutput(this, "ApiUrl", { value: this.api.stage.url, description: "HTTP API (direct)" });
    new CfnOutput(this, "WebUrl", { value: this.site.origin, description: "The portal (site and /api)" });
    new CfnOutput(this, "UserPoolId", { value: this.identity.userPool.userPoolId });
    new CfnOutput(this, "UserPoolClientId", { value: this.identity.webClient.userPoolClientId });
    new CfnOutput(this, "HostedUiUrl", { value: this.identity.domain.baseUrl() });
  }
}
