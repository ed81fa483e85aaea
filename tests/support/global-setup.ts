import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildWeb } from "../../infra/local/build-web.ts";
import { freePort } from "../../infra/local/ports.ts";
import { generousRateLimits } from "../../infra/rate-limits.ts";
import { type LocalStack, repoRoot, startLocalStack } from "../../infra/local/stack.ts";
import { shortLivedLogin, shortLivedSeconds } from "./short-lived.ts";

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
 * The integration and browser layers share ONE local stack per run: handlers run in this process and
 * read their settings from process.env, so two stacks here would overwrite each other's settings.
 * The first project to set up starts it (building the web app first when the browser layer is in the
 * run); the last to tear down stops it.
 */
type Shared = { stack: Promise<LocalStack>; users: number };
const holder = globalThis as typeof globalThis & { __portalTestStack?: Shared };

const start = async (project: TestProject): Promise<LocalStack> => {
  const webDir = join(repoRoot, "web", "dist");
  const browserInRun = project.vitest.projects.some((p) => p.name === "browser");
  if (browserInRun && process.env.PORTAL_SKIP_WEB_BUILD !== "1") {
    buildWeb();
  }
  return startLocalStack({
    gatewayPort: await freePort(),
    dynamoPort: await freePort(),
    s3Port: await freePort(),
    fresh: true,
    webDir,
    // Thousands of requests from one client on purpose; tests/reliability/limits.test.ts lowers them to prove them.
    rateLimits: generousRateLimits,
    logLevel: "ERROR",
    // Only people invited at this domain get short-lived ID tokens: the silent-renewal browser test's.
    shortLivedTokens: { loginPattern: shortLivedLogin, seconds: shortLivedSeconds },
  });
};

export default async function setup(project: TestProject) {
  holder.__portalTestStack ??= { stack: start(project), users: 0 };
  const shared = holder.__portalTestStack;
  shared.users += 1;
  const stack = await shared.stack;
  project.provide("gatewayUrl", stack.gatewayUrl);
  project.provide("dynamoEndpoint", stack.dynamoEndpoint);
  project.provide("s3Endpoint", stack.s3Endpoint);
  project.provide("tableName", stack.tableName);
  project.provide("bucket", stack.bucket);
  return async () => {
    shared.users -= 1;
    if (shared.users === 0) {
      holder.__portalTestStack = undefined;
      await stack.stop();
    }
  };
}
