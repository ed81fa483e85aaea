import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { RateLimits } from "../rate-limits.ts";
import { startDynamoLocal } from "./dynamodb-local.ts";
import { createGateway } from "./gateway.ts";
import { type JobRunner, startJobRunner } from "./job-runner.ts";
import { type AccountSource, chainSources } from "./oidc/account-source.ts";
import { defaultAccountSources } from "./oidc/default-sources.ts";
import { createOidcHost, type OidcHost } from "./oidc/host.ts";
import { localClientId } from "./oidc/provider.ts";
import type { ShortLivedTokens } from "./oidc/provider.ts";
import { assertPortFree, freePort } from "./ports.ts";
import { startS3Gate } from "./s3-gate.ts";
import { startS3Local } from "./s3-local.ts";
import { demoUsers } from "./seed/demo-users.ts";
import { seedDemoData } from "./seed/index.ts";
import { dropTable, ensureIdempotencyTable, ensurePortalTable } from "./tables.ts";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

export interface LocalStackOptions {
  gatewayPort: number;
  dynamoPort: number;
  s3Port: number;
  /** Persist here (npm start); without it DynamoDB runs in memory and S3 in a temp folder (tests). */
  dataDir?: string;
  /** Wipe everything and re-seed. */
  fresh?: boolean;
  /** Serve this built web app from the gateway. */
  webDir?: string;
  /** Log level for the portal's structured logs. */
  logLevel?: string;
  /**
   * Print each request's and job run's metrics (one embedded-metric-format JSON line, as CloudWatch
   * receives them) to stdout. On for `npm start`; off for tests and the bench unless
   * POWERTOOLS_METRICS_DISABLED=false asks for them.
   */
  printMetrics?: boolean;
  /** Per-client limits at the gateway; defaults to PORTAL_RATE_LIMIT_* or the cloud's (infra/rate-limits.ts). */
  rateLimits?: RateLimits;
  /** Other origins the web app runs on (Vite in `npm start`); the gateway's own is always one. */
  webOrigins?: string[];
  /**
   * Who can sign in at the local OpenID Provider, asked in order; by default the demo users, then the
   * people invited through the portal (oidc/default-sources.ts).
   */
  accountSources?: AccountSource[];
  /** Tests only: ID tokens that expire within seconds for some logins (oidc/provider.ts). */
  shortLivedTokens?: ShortLivedTokens;
}

export interface LocalStack {
  gatewayUrl: string;
  dynamoEndpoint: string;
  s3Endpoint: string;
  tableName: string;
  bucket: string;
  /** The local OpenID Provider (issuer `<gatewayUrl>/oidc`). */
  oidc: OidcHost;
  db: DynamoDBDocumentClient;
  seeded: boolean;
  /** The job runner: stream consumers and schedules (tests settle it through the gateway). */
  jobs: JobRunner;
  /** For the reliability suite: stop and restart DynamoDB Local or the S3 store behind the gate (same ports, same data). */
  faults: {
    stopDynamo(): Promise<void>;
    startDynamo(): Promise<void>;
    stopS3(): Promise<void>;
    startS3(): Promise<void>;
  };
  stop(): Promise<void>;
}

export const localNames = {
  table: "dynamic-framework-portal",
  idempotencyTable: "dynamic-framework-portal-idempotency",
  bucket: "dynamic-framework-portal-documents",
};

/**
 * Starts the whole portal back end on this machine: DynamoDB Local, s3rver, the identity provider and
 * the gateway running the real handlers. Used by `npm start`, the test global setup and the benchmark.
 */
export const startLocalStack = async (options: LocalStackOptions): Promise<LocalStack> => {
  await assertPortFree(options.gatewayPort, "local API gateway");
  await assertPortFree(options.dynamoPort, "DynamoDB Local");
  await assertPortFree(options.s3Port, "local S3");

  const dataDir = options.dataDir;
  if (dataDir && options.fresh) rmSync(dataDir, { recursive: true, force: true });
  const s3Dir = dataDir
    ? join(dataDir, "s3")
    : join(repoRoot, ".data", `s3-test-${process.pid}-${options.s3Port}`);
  if (!dataDir) rmSync(s3Dir, { recursive: true, force: true });

  const gatewayUrl = `http://127.0.0.1:${options.gatewayPort}`;
  const startDynamo = () =>
    startDynamoLocal({
      port: options.dynamoPort,
      ...(dataDir ? { dataDir: join(dataDir, "dynamodb") } : {}),
    });
  let dynamo = await startDynamo();
  const s3rverPort = await freePort();
  const startS3rver = () => startS3Local({ port: s3rverPort, dataDir: s3Dir, bucket: localNames.bucket });
  let s3rver = await startS3rver();
  // The portal and browsers talk to S3 through the gate, which enforces upload policies and SigV4 as S3 does.
  const s3 = await startS3Gate({
    port: options.s3Port,
    upstream: s3rver.endpoint,
    bucket: localNames.bucket,
    secrets: { S3RVER: "S3RVER" },
  });

  Object.assign(process.env, {
    TABLE_NAME: localNames.table,
    IDEMPOTENCY_TABLE_NAME: localNames.idempotencyTable,
    DOCUMENTS_BUCKET: localNames.bucket,
    AUTH_ISSUER: `${gatewayUrl}/oidc`,
    AUTH_AUDIENCE: localClientId,
    AUTH_JWKS_URL: `${gatewayUrl}/oidc/jwks`,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    S3_ENDPOINT: s3.endpoint,
    AWS_REGION: "eu-west-2",
    // s3rver's own default credentials; presigned URLs are signed with them.
    AWS_ACCESS_KEY_ID: "S3RVER",
    AWS_SECRET_ACCESS_KEY: "S3RVER",
    POWERTOOLS_LOG_LEVEL: options.logLevel ?? process.env.POWERTOOLS_LOG_LEVEL ?? "WARN",
    POWERTOOLS_DEV: "true",
    // Powertools turns metrics off in dev mode; this turns them back on where wanted.
    POWERTOOLS_METRICS_DISABLED:
      process.env.POWERTOOLS_METRICS_DISABLED ?? (options.printMetrics ? "false" : "true"),
    // Page cursors are signed with a key of this stack's own: links from an earlier start are refused.
    CURSOR_KEY: randomBytes(32).toString("base64url"),
  });

  const client = new DynamoDBClient({
    endpoint: dynamo.endpoint,
    region: "eu-west-2",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  const db = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  if (options.fresh) {
    await dropTable(client, localNames.table);
    await dropTable(client, localNames.idempotencyTable);
  }
  const created = await ensurePortalTable(client, localNames.table);
  await ensureIdempotencyTable(client, localNames.idempotencyTable);
  if (created) await seedDemoData(db, localNames.table);

  const oidc = await createOidcHost({
    gatewayUrl,
    ...(dataDir ? { keyDir: join(dataDir, "keys") } : {}),
    webOrigins: [gatewayUrl, ...(options.webOrigins ?? [])],
    accounts: chainSources(...(options.accountSources ?? defaultAccountSources())),
    choices: demoUsers.map(({ name, email, description }) => ({ name, email, description })),
    shortLivedTokens: options.shortLivedTokens,
  });
  // Imported only now, so handler modules see the environment set above.
  const { routeTable } = await import("#functions/routes.ts");
  const { jobTable } = await import("#functions/jobs.ts");
  const jobs = startJobRunner({
    jobs: jobTable,
    functionsDir: join(repoRoot, "functions"),
    client,
    endpoint: dynamo.endpoint,
    tableName: localNames.table,
  });
  const server: Server = createGateway({
    routes: routeTable,
    jobs,
    functionsDir: join(repoRoot, "functions"),
    oidc,
    s3Endpoint: s3.endpoint,
    ...(options.webDir ? { webDir: options.webDir } : {}),
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
  });
  await new Promise<void>((resolve) => server.listen(options.gatewayPort, "127.0.0.1", resolve));

  return {
    gatewayUrl,
    dynamoEndpoint: dynamo.endpoint,
    s3Endpoint: s3.endpoint,
    tableName: localNames.table,
    bucket: localNames.bucket,
    oidc,
    db,
    seeded: created,
    jobs,
    faults: {
      stopDynamo: () => dynamo.stop(),
      startDynamo: async () => {
        dynamo = await startDynamo();
      },
      stopS3: () => s3rver.stop(),
      startS3: async () => {
        s3rver = await startS3rver();
      },
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await jobs.stop();
      await s3.stop();
      await s3rver.stop();
      await dynamo.stop();
      client.destroy();
      if (!dataDir) rmSync(s3Dir, { recursive: true, force: true });
    },
  };
};
