import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { freePort } from "../../../infra/local/ports.ts";
import { generousRateLimits } from "../../../infra/rate-limits.ts";
import { repoRoot, startLocalStack } from "../../../infra/local/stack.ts";

/**
 * A local stack of its own for the reliability suite, in a child process: its handlers read
 * process.env, so it cannot share the test runner's process with the integration stack. It persists
 * DynamoDB to a scratch folder, so DynamoDB Local can be stopped and started again without losing data,
 * and answers a tiny control port that stops and starts DynamoDB Local and the S3 store.
 * It prints one JSON line with its addresses, then runs until stdin closes or it gets SIGTERM.
 */
// In memory-backed /dev/shm where there is one: DynamoDB Local's disk mode syncs every write, which
// on a plain disk makes a hundred concurrent transactions take many seconds.
const scratch = existsSync("/dev/shm") ? "/dev/shm" : join(repoRoot, ".data");
const dataDir = join(scratch, `portal-reliability-${process.pid}`);

// The web app: the built one when there is one; otherwise a placeholder page (the headers are the gateway's).
const builtWeb = join(repoRoot, "web", "dist");
// Beside the data folder, which the stack empties when it starts fresh.
const webDir = existsSync(join(builtWeb, "index.html")) ? builtWeb : `${dataDir}-web`;
if (webDir !== builtWeb) {
  mkdirSync(webDir, { recursive: true });
  writeFileSync(
    join(webDir, "index.html"),
    '<!doctype html><html lang="en"><head><title>Portal</title></head><body></body></html>',
  );
}

const stack = await startLocalStack({
  gatewayPort: await freePort(),
  dynamoPort: await freePort(),
  s3Port: await freePort(),
  dataDir,
  fresh: true,
  webDir,
  // Thousands of requests from one client on purpose; tests/reliability/limits.test.ts lowers them to prove them.
  rateLimits: generousRateLimits,
  logLevel: "CRITICAL",
});

const actions: Record<string, () => Promise<void>> = {
  "/dynamodb/stop": stack.faults.stopDynamo,
  "/dynamodb/start": stack.faults.startDynamo,
  "/s3/stop": stack.faults.stopS3,
  "/s3/start": stack.faults.startS3,
};
const control = createServer((req, res) => {
  const action = req.method === "POST" ? actions[req.url ?? ""] : undefined;
  req.resume();
  if (!action) {
    res.writeHead(404).end();
    return;
  }
  action().then(
    () => res.writeHead(204).end(),
    (error: Error) => res.writeHead(500, { "content-type": "text/plain" }).end(error.message),
  );
});
await new Promise<void>((resolve) => control.listen(0, "127.0.0.1", resolve));

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  control.close();
  // A fault test may have left a store stopped: start it so the normal shutdown path applies.
  await stack.faults.startDynamo().catch(() => undefined);
  await stack
    .stop()
    .catch((error: Error) => console.error(`Stopping the reliability stack: ${error.message}`));
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}-web`, { recursive: true, force: true });
  process.exit(0);
};
process.on("SIGTERM", () => void shutdown());
process.stdin.on("end", () => void shutdown());
process.stdin.resume();

process.stdout.write(
  `${JSON.stringify({
    gatewayUrl: stack.gatewayUrl,
    dynamoEndpoint: stack.dynamoEndpoint,
    s3Endpoint: stack.s3Endpoint,
    tableName: stack.tableName,
    bucket: stack.bucket,
    controlUrl: `http://127.0.0.1:${(control.address() as AddressInfo).port}`,
    signingKeyFile: join(dataDir, "keys", "signing-key.json"),
  })}\n`,
);
