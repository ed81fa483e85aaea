import { join } from "node:path";
import { roleLabels } from "#shared/auth/roles.ts";
import { PortInUseError } from "./ports.ts";
import { demoPassword, demoTotpSecrets } from "./oidc/account-source.ts";
import { sendRequestLogsTo } from "./request-log.ts";
import { demoUsers } from "./seed/demo-users.ts";
import { repoRoot, startLocalStack } from "./stack.ts";

/**
 * `npm start`: the whole portal on this machine — DynamoDB Local, s3rver, the local gateway and
 * identity provider, and the Vite dev server. `npm start -- --fresh` wipes the data and re-seeds.
 */
const args = new Set(process.argv.slice(2));
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const webPort = port("PORTAL_WEB_PORT", 5173);

const main = async () => {
  const started = performance.now();
  const requestLog = sendRequestLogsTo(join(repoRoot, ".data", "local", "requests.log"));
  const stack = await startLocalStack({
    gatewayPort: port("PORTAL_PORT", 3000),
    dynamoPort: port("PORTAL_DYNAMODB_PORT", 8000),
    s3Port: port("PORTAL_S3_PORT", 4569),
    dataDir: join(repoRoot, ".data", "local"),
    fresh: args.has("--fresh"),
    logLevel: process.env.POWERTOOLS_LOG_LEVEL ?? "INFO",
    printMetrics: true,
    // The web app runs on Vite's origin: the local OpenID Provider must know it to send people back.
    webOrigins: [`http://127.0.0.1:${webPort}`, `http://localhost:${webPort}`],
  });

  process.env.PORTAL_GATEWAY_URL = stack.gatewayUrl;
  const { createServer } = await import("vite");
  const vite = await createServer({
    configFile: join(repoRoot, "web", "vite.config.ts"),
    server: { port: webPort, strictPort: true, host: "127.0.0.1" },
  }).catch(async (error: Error) => {
    await stack.stop();
    throw error.message.includes("in use") ? new PortInUseError(webPort, "web app (Vite)") : error;
  });
  await vite.listen();

  // One host for both: the servers listen on 127.0.0.1, which "localhost" need not resolve to first.
  const url = `http://127.0.0.1:${webPort}`;
  const withTotp = demoUsers
    .filter((u) => demoTotpSecrets[u.id])
    .map((u) => u.name)
    .join(", ");
  console.log(`
  Dynamic Framework Portal is running (${Math.round(performance.now() - started)} ms)

    Web app:      ${url}
    API:          ${stack.gatewayUrl}/api   (OpenAPI: ${stack.gatewayUrl}/api/openapi.json)
    DynamoDB:     ${stack.dynamoEndpoint}   (DynamoDB Local, data in .data/local)
    S3:           ${stack.s3Endpoint}   (s3rver)
    Data:         ${stack.seeded ? "demo data seeded" : "existing data kept (npm start -- --fresh to re-seed)"}
    Request logs: ${requestLog.replace(`${repoRoot}/`, "")}   (warnings and errors show here)

  Sign in at ${url}/sign-in (the local OpenID Provider, ${stack.oidc.oidc.issuer}) as any of these,
  with the password "${demoPassword}"${withTotp ? ` (${withTotp} also needs a TOTP code: see the README)` : ""}:
${demoUsers.map((u) => `    - ${u.name.padEnd(14)} ${roleLabels[u.role].padEnd(20)} ${u.email}`).join("\n")}

  Press Ctrl-C to stop.
`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log("\n  Stopping…");
    await vite.close();
    await stack.stop();
    console.log("  Stopped. Your data is kept in .data/local.");
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
};

main().catch((error: Error) => {
  console.error(`\n  Could not start the portal: ${error.message}\n`);
  process.exit(1);
});
