import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { TestProject } from "vitest/node";
import { repoRoot } from "../../../infra/local/stack.ts";

declare module "vitest" {
  export interface ProvidedContext {
    controlUrl: string;
    signingKeyFile: string;
  }
}

interface Started {
  gatewayUrl: string;
  dynamoEndpoint: string;
  s3Endpoint: string;
  tableName: string;
  bucket: string;
  controlUrl: string;
  signingKeyFile: string;
}

const waitForAddresses = (child: ChildProcess): Promise<Started> =>
  new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once("line", (line) => resolve(JSON.parse(line) as Started));
    child.once("exit", (code) => reject(new Error(`The reliability stack exited early (code ${code}).`)));
  });

/**
 * The reliability suite runs against a stack of its own in a child process, so that it can stop
 * DynamoDB Local and S3 under a running portal, and so that its fixtures and clock moves never meet
 * the integration and browser layers' shared stack.
 */
export default async function setup(project: TestProject) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(repoRoot, "tests/reliability/support/stack-process.ts")],
    { cwd: repoRoot, stdio: ["pipe", "pipe", "inherit"] },
  );
  const started = await waitForAddresses(child);
  for (const [name, value] of Object.entries(started)) {
    project.provide(name as keyof Started, value);
  }
  return async () => {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.stdin?.end();
    await exited;
  };
}
