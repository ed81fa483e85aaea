import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "../../infra/local/ports.ts";
import { type LocalStack, repoRoot, startLocalStack } from "../../infra/local/stack.ts";

declare module "vitest" {
  export interface ProvidedContext {
    gatewayUrl: string;
    dynamoEndpoint: string;
    s3Endpoint: string;
    tableName: string;
    bucket: string;
  }
}

/**
 * Starts one local stack per test run (in-memory DynamoDB Local, s3rver in a temp folder, the gateway
 * serving the freshly built web app) and hands its addresses to the tests.
 */
export default async function setup(project: TestProject) {
  const webDir = join(repoRoot, "web", "dist");
  if (project.name === "browser" && process.env.PORTAL_SKIP_WEB_BUILD !== "1") {
    execFileSync(
      process.execPath,
      [
        join(repoRoot, "node_modules/vite/bin/vite.js"),
        "build",
        "--config",
        "web/vite.config.ts",
        "--logLevel",
        "warn",
      ],
      {
        cwd: repoRoot,
        stdio: "inherit",
      },
    );
  }
  const stack: LocalStack = await startLocalStack({
    gatewayPort: await freePort(),
    dynamoPort: await freePort(),
    s3Port: await freePort(),
    fresh: true,
    ...(existsSync(webDir) ? { webDir } : {}),
    logLevel: "ERROR",
  });
  project.provide("gatewayUrl", stack.gatewayUrl);
  project.provide("dynamoEndpoint", stack.dynamoEndpoint);
  project.provide("s3Endpoint", stack.s3Endpoint);
  project.provide("tableName", stack.tableName);
  project.provide("bucket", stack.bucket);
  return async () => {
    await stack.stop();
  };
}
