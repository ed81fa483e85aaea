import { beforeAll, describe, expect, it } from "vitest";
import { functionOf, type RouteDefinition, routesByFunction } from "#functions/platform/route.ts";
import { routeTable } from "#functions/routes.ts";
import {
  actionsOn,
  everyGrantCombination,
  functionEnvironment,
  functionStatements,
  logicalId,
  type Synthesised,
  synthPortal,
} from "./support/portal-template.ts";

const readActions = new Set([
  "dynamodb:GetItem",
  "dynamodb:BatchGetItem",
  "dynamodb:Query",
  "dynamodb:Scan",
  "dynamodb:ConditionCheckItem",
  "dynamodb:DescribeTable",
]);
const writeActions = ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"];

/**
 * What one function must be able to do: a function serves one bounded context, so the union of its
 * routes' `grants` and `idempotent` — and nothing more.
 */
const unionOf = (routes: readonly RouteDefinition[]): Pick<RouteDefinition, "grants" | "idempotent"> => {
  const tables = new Set(routes.map((r) => r.grants.table));
  const docs = new Set(routes.map((r) => r.grants.documents));
  const canRead = docs.has("read") || docs.has("readwrite");
  const canWrite = docs.has("write") || docs.has("readwrite");
  const table = tables.has("readwrite") ? "readwrite" : tables.has("read") ? "read" : undefined;
  const documents = canRead && canWrite ? "readwrite" : canRead ? "read" : canWrite ? "write" : undefined;
  return {
    grants: { ...(table ? { table } : {}), ...(documents ? { documents } : {}) },
    idempotent: routes.some((r) => r.idempotent),
  };
};

/** Asserts that a function can do exactly what its routes declare between them. */
const assertLeastPrivilege = (portal: Synthesised, routes: readonly RouteDefinition[]): void => {
  const route = { ...unionOf(routes), operationId: routes[0]!.operationId };
  const label = `${functionOf(routes[0]!)} (${routes.map((r) => r.operationId).join(", ")})`;
  const statements = functionStatements(portal, route.operationId);
  const env = functionEnvironment(portal, route.operationId);
  const data = actionsOn(statements, logicalId(portal.stack.table));
  const idempotency = actionsOn(statements, logicalId(portal.stack.idempotencyTable));
  const documents = actionsOn(statements, logicalId(portal.stack.documents));
  const allActions = statements.filter((s) => s.Effect === "Allow").flatMap((s) => s.Action);

  expect(
    allActions.filter((a) => a === "*" || a.endsWith(":*")),
    label,
  ).toEqual([]);

  // The data table.
  if (!route.grants.table) {
    expect([...data], label).toEqual([]);
    expect(env.TABLE_NAME, label).toBeUndefined();
  } else {
    expect(env.TABLE_NAME, label).toEqual({ Ref: logicalId(portal.stack.table) });
    expect(data.has("dynamodb:Query") && data.has("dynamodb:GetItem"), label).toBe(true);
    const writes = [...data].filter((a) => !readActions.has(a));
    if (route.grants.table === "read") expect(writes, label).toEqual([]);
    else for (const action of writeActions) expect(data.has(action), `${label} ${action}`).toBe(true);
  }
  if (!route.grants.table && !route.idempotent) {
    expect(
      allActions.filter((a) => a.startsWith("dynamodb:")),
      label,
    ).toEqual([]);
  }

  // The idempotency table.
  if (route.idempotent) {
    expect(env.IDEMPOTENCY_TABLE_NAME, label).toEqual({ Ref: logicalId(portal.stack.idempotencyTable) });
    // Claim, complete, release: the store never reads a record (a refused claim returns it).
    expect([...idempotency].sort(), label).toEqual([
      "dynamodb:DeleteItem",
      "dynamodb:PutItem",
      "dynamodb:UpdateItem",
    ]);
  } else {
    expect([...idempotency], label).toEqual([]);
    expect(env.IDEMPOTENCY_TABLE_NAME, label).toBeUndefined();
  }

  // The documents bucket.
  const s3Actions = allActions.filter((a) => a.startsWith("s3:"));
  if (!route.grants.documents) {
    expect(s3Actions, label).toEqual([]);
    expect(env.DOCUMENTS_BUCKET, label).toBeUndefined();
  } else {
    expect(env.DOCUMENTS_BUCKET, label).toEqual({ Ref: logicalId(portal.stack.documents) });
    expect(documents.has("s3:GetObject"), label).toBe(route.grants.documents !== "write");
    expect(documents.has("s3:PutObject"), label).toBe(route.grants.documents !== "read");
    // Writers remove an upload refused for its content (a PNG declared as a PDF).
    expect(documents.has("s3:DeleteObject"), label).toBe(route.grants.documents !== "read");
    expect(
      s3Actions.filter((a) => !["s3:GetObject", "s3:PutObject", "s3:DeleteObject"].includes(a)),
      label,
    ).toEqual([]);
  }

  // Every function can verify tokens itself.
  for (const name of ["AUTH_ISSUER", "AUTH_AUDIENCE", "AUTH_JWKS_URL"])
    expect(env[name], `${label} ${name}`).toBeDefined();
};

let portal: Synthesised;
beforeAll(() => {
  portal = synthPortal();
});

const functionNames = [...routesByFunction(routeTable).keys()];

describe("each function gets exactly the access its rows declare between them", () => {
  it.each(functionNames)("%s", (name) => {
    const routes = routesByFunction(routeTable).get(name)!;
    assertLeastPrivilege(portal, routes);
    // Every route of the function is served by that one function, and no other route is.
    const fn = portal.stack.api.functions.get(routes[0]!.operationId);
    const served = routeTable.filter((route) => portal.stack.api.functions.get(route.operationId) === fn);
    expect(served.map((route) => route.operationId)).toEqual(routes.map((route) => route.operationId));
  });
});

describe("the grant mapping, over every combination of grants", () => {
  const fixtures = everyGrantCombination(routeTable[0]!.handler);
  let fixturePortal: Synthesised;
  beforeAll(() => {
    fixturePortal = synthPortal({ routes: fixtures });
  });

  it.each(fixtures.map((route) => [route.operationId, route] as const))("%s", (_id, route) => {
    // Each fixture is its own context, so its function's grants are exactly its row's.
    assertLeastPrivilege(fixturePortal, [route]);
  });
});

describe("stored data is protected", () => {
  it("keeps the data table recoverable, undeletable and encrypted", () => {
    const table = portal.template.findResources("AWS::DynamoDB::Table")[logicalId(portal.stack.table)];
    expect(table?.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(table?.Properties.DeletionProtectionEnabled).toBe(true);
    expect(table?.Properties.SSESpecification).toEqual({ SSEEnabled: true });
    expect(table?.Properties.BillingMode).toBe("PAY_PER_REQUEST");
    expect(table?.Properties.StreamSpecification).toEqual({ StreamViewType: "NEW_AND_OLD_IMAGES" });
    expect(table?.DeletionPolicy).toBe("Retain");
  });

  it("keeps the documents bucket private and TLS-only", () => {
    const id = logicalId(portal.stack.documents);
    const bucket = portal.template.findResources("AWS::S3::Bucket")[id];
    expect(bucket?.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    const policy = Object.values(portal.template.findResources("AWS::S3::BucketPolicy")).find(
      (p) => JSON.stringify(p.Properties.Bucket) === JSON.stringify({ Ref: id }),
    );
    const statements = policy?.Properties.PolicyDocument.Statement as Array<Record<string, unknown>>;
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: "Deny",
        Action: "s3:*",
        Principal: { AWS: "*" },
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      }),
    );
  });
});
