import { Validations } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import {
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpRoute,
  HttpRouteKey,
  CfnStage,
  HttpStage,
  LogGroupLogDestination,
} from "aws-cdk-lib/aws-apigatewayv2";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type { IUserPool } from "aws-cdk-lib/aws-cognito";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import type { ISecret } from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";
import { type RouteDefinition, routesByFunction } from "#functions/platform/route.ts";
import type { DataTable } from "./data-table.ts";
import { ContextStacks } from "./context-stacks.ts";
import type { AuthSettings } from "./identity.ts";
import { writeContextEntry } from "../bundling/context-entry.ts";
import { costlyRouteThrottle, isCostlyPath } from "../rate-limits.ts";
import { PortalFunction } from "./portal-function.ts";

/** A construct id from a context name: `framework` → `FrameworkFunction`. */
const contextId = (context: string) =>
  `${context.replace(/(^|[^a-zA-Z0-9])([a-zA-Z0-9])/g, (_m, _s, c: string) => c.toUpperCase())}Function`;

export interface ApiProps {
  routes: readonly RouteDefinition[];
  auth: AuthSettings;
  table: DataTable;
  idempotencyTable: ITable;
  documents: IBucket;
  /** The key page cursors are signed with (functions/platform/data/cursor-key.ts). */
  cursorKey: ISecret;
  /** The user pool the accounts function manages people in (routes granted `identity`). */
  userPool?: IUserPool;
}

/**
 * The exact user-pool actions a function granted `identity: "manage"` may take (the Cognito identity
 * directory in functions/accounts/identity/cognito.ts uses these and no others).
 */
export const identityActions = [
  "cognito-idp:AdminCreateUser",
  "cognito-idp:AdminAddUserToGroup",
  "cognito-idp:AdminSetUserPassword",
  "cognito-idp:AdminUpdateUserAttributes",
  "cognito-idp:AdminDisableUser",
  "cognito-idp:AdminUserGlobalSignOut",
] as const;

// HTTP API access-log variables only; personal data stays out, the caller is logged by subject id.
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: "$context.requestId",
    requestTime: "$context.requestTime",
    routeKey: "$context.routeKey",
    status: "$context.status",
    responseLength: "$context.responseLength",
    latencyMs: "$context.responseLatency",
    integrationError: "$context.integrationErrorMessage",
    authorizerError: "$context.authorizer.error",
    userId: "$context.authorizer.claims.sub",
    sourceIp: "$context.identity.sourceIp",
    userAgent: "$context.identity.userAgent",
  }),
);

/** What a function may do: the union of what its routes declare. */
const grantsOf = (routes: readonly RouteDefinition[]) => {
  const tables = new Set(routes.map((r) => r.grants.table));
  const documents = new Set(
    routes.flatMap((r) => (r.grants.documents === "readwrite" ? ["read", "write"] : [r.grants.documents])),
  );
  documents.delete(undefined);
  return {
    table: tables.has("readwrite")
      ? ("readwrite" as const)
      : tables.has("read")
        ? ("read" as const)
        : undefined,
    documents:
      documents.size === 2 ? ("readwrite" as const) : ([...documents][0] as "read" | "write" | undefined),
    idempotent: routes.some((r) => r.idempotent),
    identity: routes.some((r) => r.grants.identity === "manage"),
  };
};

/**
 * The HTTP API: one route per row of the route table and one function per bounded context (ADR 0007;
 * a large context split in two, ADR 0013), a Cognito JWT authorizer on every non-public route, and each
 * function granted exactly what its own routes declare between them.
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  /** By operationId, so tests and outputs can find a route's function (shared by its function's routes). */
  readonly functions = new Map<string, PortalFunction>();
  /** The nested stacks the routes live in, one per bounded context (ADR 0007, session 7 update). */
  readonly contexts: ContextStacks;
  private readonly integrations = new Map<string, HttpLambdaIntegration>();

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);

    // The default stage is created by hand below: the automatic one has no throttling or access logs.
    this.httpApi = new HttpApi(this, "Http", {
      apiName: "dynamic-framework-portal",
      createDefaultStage: false,
    });
    const accessLogs = new LogGroup(this, "AccessLogs", { retention: RetentionDays.ONE_MONTH });
    this.stage = new HttpStage(this, "DefaultStage", {
      httpApi: this.httpApi,
      autoDeploy: true,
      throttle: { burstLimit: 200, rateLimit: 100 },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: accessLogFormat },
    });

    // The audience is the web client: the SPA sends its ID token, which carries the role and custom claims.
    const authorizer = new HttpJwtAuthorizer("CognitoJwt", props.auth.issuer, {
      jwtAudience: [props.auth.audience],
    });

    // One function per context, or more where a context's route list says so (`inFunction`, ADR 0013).
    for (const [name, routes] of routesByFunction(props.routes)) {
      const id = contextId(name);
      const fn = new PortalFunction(this, id, {
        entry: writeContextEntry(name, routes),
        auth: props.auth,
        description: `The ${name} routes: ${routes.map((r) => r.operationId).join(", ")}`.slice(0, 256),
      });
      const grants = grantsOf(routes);
      // a CDK grant method, not a React hook
      if (grants.table) fn.useTable(props.table, grants.table);
      // a CDK grant method, not a React hook
      if (grants.documents) fn.useDocuments(props.documents, grants.documents);
      // a CDK grant method, not a React hook
      if (grants.idempotent) fn.useIdempotencyTable(props.idempotencyTable);
      if (grants.identity && props.userPool) {
        fn.addToRolePolicy(
          new PolicyStatement({ actions: [...identityActions], resources: [props.userPool.userPoolArn] }),
        );
        fn.addEnvironment("USER_POOL_ID", props.userPool.userPoolId);
        fn.addEnvironment("IDENTITY_DIRECTORY", "cognito");
      }
      // Read once per container; only the secret's value, and only this secret.
      props.cursorKey.grantRead(fn);
      fn.addEnvironment("CURSOR_KEY_SECRET_ARN", props.cursorKey.secretArn);
      // One invoke permission per function, for this API only, rather than one per route: with ~140 routes
      // the per-route permissions alone would take the stack past CloudFormation's 500 resources.
      const integration = new HttpLambdaIntegration(`${id}Integration`, fn, {
        scopePermissionToRoute: false,
      });
      for (const route of routes) {
        this.functions.set(route.operationId, fn);
        this.integrations.set(route.operationId, integration);
      }
    }

    // Routes go to their context's nested stack, so the parent stack does not grow with the route table.
    // Each integration and invoke permission is created beside the first route that uses it, so they
    // move with the routes; the API, stage, authorizer and functions stay in the parent.
    this.contexts = new ContextStacks(this, "Contexts");
    // CfnStage.routeSettings is plain JSON to CloudFormation: its keys are spelled as the template spells them.
    const routeSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = {};
    for (const route of props.routes) {
      const isPublic = route.access === "public";
      const httpRoute = new HttpRoute(this.contexts.of(route.context), `${route.operationId}Route`, {
        httpApi: this.httpApi,
        routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
        integration: this.integrations.get(route.operationId)!,
        authorizer: isPublic ? new HttpNoneAuthorizer() : authorizer,
      });
      if (isCostlyPath(route.path)) {
        // Exports and reports read many items: a lower ceiling for all callers together than the stage's.
        routeSettings[`${route.method} ${route.path}`] = {
          ThrottlingRateLimit: costlyRouteThrottle.rateLimit,
          ThrottlingBurstLimit: costlyRouteThrottle.burstLimit,
        };
        // Across stacks this makes the stage wait for the route's whole nested stack, which it must anyway.
        this.stage.node.addDependency(httpRoute);
      }
      if (isPublic) {
        Validations.of(httpRoute).acknowledge({
          id: "AwsSolutions-APIG4",
          reason:
            `${route.method} ${route.path} is declared access "public" in the route table (${route.summary}); ` +
            "it returns no personal data and the stage throttles it like every other route.",
        });
      }
    }
    (this.stage.node.defaultChild as CfnStage).routeSettings = routeSettings;
  }
}
