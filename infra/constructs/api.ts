import { Validations } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import {
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpRoute,
  HttpRouteKey,
  HttpStage,
  LogGroupLogDestination,
} from "aws-cdk-lib/aws-apigatewayv2";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";
import type { RouteDefinition } from "#functions/platform/route.ts";
import type { DataTable } from "./data-table.ts";
import type { AuthSettings } from "./identity.ts";
import { PortalFunction } from "./portal-function.ts";

export interface ApiProps {
  routes: readonly RouteDefinition[];
  auth: AuthSettings;
  table: DataTable;
  idempotencyTable: ITable;
  documents: IBucket;
}

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

/**
 * The HTTP API: one function and one route per row of the route table, a Cognito JWT authorizer on
 * every non-public route, and each function granted exactly what its row declares.
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  /** By operationId, so tests and outputs can find a route's function. */
  readonly functions = new Map<string, PortalFunction>();

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

    for (const route of props.routes) {
      const fn = new PortalFunction(this, route.operationId, {
        handler: route.handler,
        auth: props.auth,
        description: `${route.method} ${route.path}: ${route.summary}`.slice(0, 256),
      });
      // a CDK grant method, not a React hook
      if (route.grants.table) fn.useTable(props.table, route.grants.table);
      // a CDK grant method, not a React hook
      if (route.grants.documents) fn.useDocuments(props.documents, route.grants.documents);
      // a CDK grant method, not a React hook
      if (route.idempotent) fn.useIdempotencyTable(props.idempotencyTable);
      this.functions.set(route.operationId, fn);

      const isPublic = route.access === "public";
      const httpRoute = new HttpRoute(this, `${route.operationId}Route`, {
        httpApi: this.httpApi,
        routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
        integration: new HttpLambdaIntegration(`${route.operationId}Integration`, fn),
        authorizer: isPublic ? new HttpNoneAuthorizer() : authorizer,
      });
      if (isPublic) {
        Validations.of(httpRoute).acknowledge({
          id: "AwsSolutions-APIG4",
          reason:
            `${route.method} ${route.path} is declared access "public" in the route table (${route.summary}); ` +
            "it returns no personal data and the stage throttles it like every other route.",
        });
      }
    }
  }
}
