import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { routesByFunction } from "#functions/platform/route.ts";
import { routeTable } from "#functions/routes.ts";
import { writeContextEntry } from "#infra/bundling/context-entry.ts";
import { bundleFunction } from "#infra/bundling/function-bundling.ts";
import { projectRoot } from "#infra/project-root.ts";

mkdirSync(join(projectRoot, ".build"), { recursive: true });
const outDir = mkdtempSync(join(projectRoot, ".build", "cold-start-"));

/** The packages a bundle loads while the function starts (ES import statements), and those it loads later. */
const importsOf = (code: string) => ({
  atStart: [...code.matchAll(/\bfrom\s*"(@aws-sdk\/[\w-]+)"/g)].map((m) => m[1]),
  later: [...code.matchAll(/\bimport\(\s*"(@aws-sdk\/[\w-]+)"\s*\)/g)].map((m) => m[1]),
});

describe("what a function loads on a cold start (ADR 0013, session 7 update)", () => {
  it("loads the Secrets Manager client only when a page cursor is first signed, not at start", async () => {
    // The opportunities function pages its lists, so it signs cursors with the key from Secrets Manager.
    const name = "opportunities";
    const entry = writeContextEntry(name, routesByFunction(routeTable).get(name)!);
    const { outfile } = await bundleFunction(entry, join(outDir, `${name}.mjs`));
    const imports = importsOf(readFileSync(outfile, "utf8"));
    expect(imports.atStart).toContain("@aws-sdk/client-dynamodb");
    expect(imports.atStart).not.toContain("@aws-sdk/client-secrets-manager");
    expect(imports.later).toContain("@aws-sdk/client-secrets-manager");
  });
});
