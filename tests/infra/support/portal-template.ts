import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CfnElement } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import type { IConstruct } from "constructs";
import type { RouteDefinition } from "#functions/platform/route.ts";
import { type BuildAppOptions, buildApp } from "#infra/portal-app.ts";
import type { PortalStack } from "#infra/portal-stack.ts";
import { testContext } from "./cdk-context.ts";

export interface Synthesised {
  stack: PortalStack;
  template: Template;
}

/** A `web/dist` that does not exist: tests get the same template whether or not someone has built the web app. */
export const missingWebDist = join(tmpdir(), "portal-web-dist-not-built");

/** Builds the real app without bundling (fast) and returns its one stack and template. */
export const synthPortal = (options: BuildAppOptions = {}): Synthesised => {
  const { stack } = buildApp({
    skipBundling: true,
    context: testContext(),
    webDistDir: missingWebDist,
    ...options,
  });
  return { stack, template: Template.fromStack(stack) };
};

/** A throwaway `web/dist` with an index.html and one hashed asset, to synthesise the deploying branch. */
export const fakeWebDist = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "portal-web-dist-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>Portal</title>");
  writeFileSync(join(dir, "assets", "app-3f2a1b.js"), "export {};");
  return dir;
};

/** The template logical id of a construct (or of its CloudFormation resource). */
export const logicalId = (construct: IConstruct): string => {
  const element = (construct.node.defaultChild ?? construct) as CfnElement;
  return element.stack.resolve(element.logicalId) as string;
};

export interface Statement {
  Effect: string;
  Action: string[];
  Resource: unknown[];
}

const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** Every Allow/Deny statement attached (inline or as a policy resource) to the role of a route's function. */
export const functionStatements = (portal: Synthesised, operationId: string): Statement[] => {
  const fn = portal.stack.api.functions.get(operationId);
  if (!fn) throw new Error(`No function for ${operationId}`);
  return roleStatements(portal, fn);
};

/** Every Allow/Deny statement attached (inline or as a policy resource) to a function's role. */
export const roleStatements = ({ template }: Synthesised, fn: IFunction): Statement[] => {
  const roleId = logicalId(fn.role!);
  const policies = Object.values(template.findResources("AWS::IAM::Policy")).filter((policy) =>
    asArray(policy.Properties.Roles).some((role) => JSON.stringify(role) === JSON.stringify({ Ref: roleId })),
  );
  const inline = template.findResources("AWS::IAM::Role")[roleId]?.Properties?.Policies ?? [];
  return [
    ...policies.map((p) => p.Properties.PolicyDocument),
    ...inline.map((p: { PolicyDocument: unknown }) => p.PolicyDocument),
  ]
    .flatMap(
      (document) =>
        document.Statement as Array<{ Effect: string; Action: string | string[]; Resource: unknown }>,
    )
    .map((s) => ({ Effect: s.Effect, Action: asArray(s.Action), Resource: asArray(s.Resource) }));
};

/** The actions of the statements whose resources mention the given construct's logical id. */
export const actionsOn = (statements: Statement[], resourceLogicalId: string): Set<string> =>
  new Set(
    statements
      .filter((s) => s.Effect === "Allow" && JSON.stringify(s.Resource).includes(`"${resourceLogicalId}"`))
      .flatMap((s) => s.Action),
  );

/** The environment variables a route's function is deployed with. */
export const functionEnvironment = (
  { stack, template }: Synthesised,
  operationId: string,
): Record<string, unknown> => {
  const fn = stack.api.functions.get(operationId);
  if (!fn) throw new Error(`No function for ${operationId}`);
  return (
    template.findResources("AWS::Lambda::Function")[logicalId(fn)]?.Properties.Environment.Variables ?? {}
  );
};

/** A CloudFormation string value with every intrinsic (Ref, GetAtt, …) replaced by `<token>`. */
export const flattenIntrinsics = (value: unknown): string => {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "Fn::Join" in value) {
    const [separator, parts] = (value as { "Fn::Join": [string, unknown[]] })["Fn::Join"];
    return parts.map(flattenIntrinsics).join(separator);
  }
  return "<token>";
};

/** Routes covering every combination of grants, each in a context of its own on a real handler, to prove the grant mapping itself. */
export const everyGrantCombination = (handler: string): RouteDefinition[] => {
  const tables = [undefined, "read", "readwrite"] as const;
  const documents = [undefined, "read", "write", "readwrite"] as const;
  return tables.flatMap((table) =>
    documents.flatMap((docs) =>
      [false, true].map((idempotent) => ({
        operationId: `fixture-${table ?? "none"}-${docs ?? "none"}-${idempotent ? "idem" : "plain"}`,
        method: "POST" as const,
        path: `/api/fixtures/${table ?? "none"}/${docs ?? "none"}/${idempotent ? "idem" : "plain"}` as const,
        summary: "Fixture route for the grant tests",
        // One context per fixture, so each gets a function of its own.
        context: `fixture-${table ?? "none"}-${docs ?? "none"}-${idempotent ? "idem" : "plain"}`,
        handler,
        access: "authenticated" as const,
        response: { status: 200, description: "fixture" },
        grants: { ...(table ? { table } : {}), ...(docs ? { documents: docs } : {}) },
        idempotent,
      })),
    ),
  );
};
