import { beforeAll, describe, expect, it } from "vitest";
import type { RouteDefinition } from "#functions/platform/route.ts";
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

/** Asserts that a route's function can do exactly what its `grants` and `idempotent` declare. */
const assertLeastPrivilege = (portal: Synthesised, route: RouteDefinition): void => {
  const label = route.operationId;
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
    for (const action of [
      "dynamodb:GetItem",
      "dynamodb:PutItem",
      "dynamodb:UpdateItem",
      "dynamodb:DeleteItem",
    ]) {
      expect(idempotency.has(action), `${label} ${action}`).toBe(true);
    }
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
    expect(
      s3Actions.filter((a) => a !== "s3:GetObject" && a !== "s3:PutObject"),
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

describe("each route's function gets exactly the access its row declares", () => {
  it.each(routeTable.map((route) => [route.operationId, route] as const))("%s", (_id, route) => {
    assertLeastPrivilege(portal, route);
  });
});

describe("the grant mapping, over every combination of grants", () => {
  const fixtures = everyGrantCombination(routeTable[0]!.handler);
  let fixturePortal: Synthesised;
  beforeAll(() => {
    fixturePortal = synthPortal({ routes: fixtures });
  });

  it.each(fixtures.map((route) => [route.operationId, route] as const))("%s", (_id, route) => {
    assertLeastPrivilege(fixturePortal, route);
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
