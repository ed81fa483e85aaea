import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openApiDocument } from "#functions/platform/openapi/document.ts";
import { routeTable } from "#functions/routes.ts";

/** `npm run lint:openapi`: writes the generated document to a temporary file and lints it with Redocly (recommended rules). */
const dir = mkdtempSync(join(tmpdir(), "portal-openapi-"));
const file = join(dir, "openapi.json");
writeFileSync(file, JSON.stringify(openApiDocument(routeTable), null, 2));
try {
  execFileSync("redocly", ["lint", file, "--extends=recommended", "--format=stylish"], {
    stdio: "inherit",
    // Offline here and in CI: no usage data sent anywhere.
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
