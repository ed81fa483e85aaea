import { join } from "node:path";
import { Duration, Stack, Validations } from "aws-cdk-lib";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { Grant, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Architecture, Runtime, Tracing } from "aws-cdk-lib/aws-lambda";
import { NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import type { Construct } from "constructs";
import { nagRef } from "../nag-findings.ts";
import { metricsNamespace } from "#functions/platform/observability/metric-names.ts";
import { bundleDefines, functionBundling } from "../bundling/function-bundling.ts";
import { projectRoot } from "../project-root.ts";
import type { DataTable } from "./data-table.ts";
import { DependenciesLayer } from "./dependencies-layer.ts";
import type { AuthSettings } from "./identity.ts";

export interface PortalFunctionProps {
  /** The entry module (absolute path), exporting `handler`. */
  entry: string;
  /** For functions behind the API; jobs take no tokens and get no auth settings. */
  auth?: AuthSettings;
  description?: string;
  /** Defaults to 10 seconds (an API request); stream batches take longer. */
  timeout?: Duration;
}

// Scan is left out on purpose: no request path may scan (ARCHITECTURE.md, Data), so IAM refuses it too.
// Transactions need no actions of their own: TransactWrite/GetItems are authorised per item action.
const tableReadActions = [
  "dynamodb:GetItem",
  "dynamodb:BatchGetItem",
  "dynamodb:Query",
  "dynamodb:ConditionCheckItem",
  "dynamodb:DescribeTable",
] as const;
const tableWriteActions = [
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:BatchWriteItem",
] as const;
// The idempotency store claims, completes and releases records with exactly these (it never reads one:
// a refused claim returns the record that holds the key).
const idempotencyActions = ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"];
// Presigned URLs act with the signer's rights, so these are exactly what a browser can do with a URL.
// Writers also delete: an upload whose bytes are not its declared type is removed when it is refused.
const documentActions = { read: ["s3:GetObject"], write: ["s3:PutObject", "s3:DeleteObject"] } as const;

/**
 * The house Lambda function: Node 24 on ARM, bundled to ESM by the local esbuild (the AWS SDK from the
 * dependencies layer), traced, logging to its own retained log group. Every `use…` method grants least
 * privilege and sets the environment variable that names the resource in one call, so a function can
 * never know a resource it may not use.
 */
export class PortalFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: PortalFunctionProps) {
    // The role and log group are siblings because they must exist before `super`; an own role means
    // logging rights on this log group only, instead of the AWSLambdaBasicExecutionRole managed policy.
    const role = new Role(scope, `${id}Role`, { assumedBy: new ServicePrincipal("lambda.amazonaws.com") });
    const logGroup = new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.ONE_MONTH });
    super(scope, id, {
      entry: props.entry,
      handler: "handler",
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: Tracing.ACTIVE,
      role,
      logGroup,
      projectRoot,
      depsLockFilePath: join(projectRoot, "package-lock.json"),
      environment: {
        NODE_OPTIONS: "--enable-source-maps",
        // Metrics go to the log in the embedded metric format; CloudWatch files them under this namespace.
        POWERTOOLS_METRICS_NAMESPACE: metricsNamespace,
        // The registered OCDS ocid prefix (README "The public record"); the placeholder until registered.
        OCDS_OCID_PREFIX: String(scope.node.tryGetContext("ocidPrefix") ?? "ocds-dfp000"),
        ...(props.auth
          ? {
              AUTH_ISSUER: props.auth.issuer,
              AUTH_AUDIENCE: props.auth.audience,
              AUTH_JWKS_URL: props.auth.jwksUrl,
            }
          : {}),
      },
      // The SDK comes from our own layer, at the locked versions the tests ran (ADR 0013).
      layers: [DependenciesLayer.of(scope)],
      bundling: {
        format: OutputFormat.ESM,
        target: functionBundling.target,
        mainFields: [...functionBundling.mainFields],
        minify: functionBundling.minify,
        sourceMap: true,
        sourcesContent: false,
        externalModules: [...functionBundling.external],
        banner: functionBundling.banner,
        // Computed only when this synth bundles (the infra tests skip bundling): it builds the OpenAPI
        // document, which takes seconds.
        define: Stack.of(scope).bundlingRequired ? bundleDefines() : {},
      },
    });
    logGroup.grantWrite(role);
    Validations.of(role).acknowledge({
      id: "AwsSolutions-IAM5[Resource::*]",
      reason:
        "Only the X-Ray statement CDK adds for active tracing uses Resource '*': xray:PutTraceSegments " +
        "and xray:PutTelemetryRecords support no resource-level permissions. Data grants name their ARNs.",
    });
  }

  /** Names the data table in TABLE_NAME and grants reads (table and its indexes) or reads and writes. */
  useTable(table: DataTable, mode: "read" | "readwrite"): this {
    this.addEnvironment("TABLE_NAME", table.tableName);
    Grant.addToPrincipal({
      grantee: this,
      actions: [...tableReadActions],
      resourceArns: table.queryableArns(),
    });
    if (mode === "readwrite") {
      Grant.addToPrincipal({
        grantee: this,
        actions: [...tableWriteActions],
        resourceArns: [table.tableArn],
      });
    }
    return this;
  }

  /** Names the idempotency table in IDEMPOTENCY_TABLE_NAME and grants the record actions the store uses. */
  useIdempotencyTable(table: ITable): this {
    this.addEnvironment("IDEMPOTENCY_TABLE_NAME", table.tableName);
    Grant.addToPrincipal({ grantee: this, actions: idempotencyActions, resourceArns: [table.tableArn] });
    return this;
  }

  /** Names the documents bucket in DOCUMENTS_BUCKET and grants object reads, writes or both. */
  useDocuments(bucket: IBucket, mode: "read" | "write" | "readwrite"): this {
    this.addEnvironment("DOCUMENTS_BUCKET", bucket.bucketName);
    const actions = [
      ...(mode === "write" ? [] : documentActions.read),
      ...(mode === "read" ? [] : documentActions.write),
    ];
    Grant.addToPrincipal({ grantee: this, actions, resourceArns: [bucket.arnForObjects("*")] });
    Validations.of(this.role!).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${nagRef(bucket)}/*]`,
      reason:
        "Object keys are generated per upload, so the grant covers the objects of this one bucket; the " +
        "actions are only GetObject/PutObject/DeleteObject, and callers reach objects through short-lived presigned " +
        "URLs whose keys the handler chooses after its authorisation checks.",
    });
    return this;
  }
}
