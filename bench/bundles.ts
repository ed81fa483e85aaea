import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { routesByFunction } from "#functions/platform/route.ts";
import { routeTable } from "#functions/routes.ts";
import { writeContextEntry } from "#infra/bundling/context-entry.ts";
import { bundleFunction } from "#infra/bundling/function-bundling.ts";
import { projectRoot } from "#infra/project-root.ts";

export interface BundleFigure {
  name: string;
  bytes: number;
  importMs: number;
  /** The same import with every package it loads from outside the bundle (the SDK, Node's own) loaded first. */
  ownImportMs: number;
}

// Inside the project, so the SDK the bundles leave to the layer resolves from node_modules (the same
// locked versions the layer is built from); ES module imports ignore NODE_PATH outside Lambda.
mkdirSync(join(projectRoot, ".build"), { recursive: true });
const outDir = mkdtempSync(join(projectRoot, ".build", "bench-bundles-"));

/** Bundles an entry as the CDK stack does (infra/bundling/function-bundling.ts). */
const bundle = async (name: string, entry: string) => bundleFunction(entry, join(outDir, `${name}.mjs`));

/**
 * The median time to import a module in a fresh Node process (what a cold start pays for code), after
 * importing `preload` (bare specifiers, resolved from the project as the bundle resolves them) untimed.
 */
const importTime = (file: string, preload: readonly string[] = [], runs = 5) => {
  const script = [
    `for (const m of ${JSON.stringify(preload)}) await import(m);`,
    `const t=performance.now();await import(${JSON.stringify(file)});console.log(performance.now()-t)`,
  ].join("");
  const times = Array.from({ length: runs }, () =>
    Number(
      execFileSync(process.execPath, ["--input-type=module", "-e", script], {
        encoding: "utf8",
        cwd: projectRoot,
      }).trim(),
    ),
  ).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
};

/**
 * Bundled size and import time of each function (one per context, or several), of an empty handler, and
 * of the AWS SDK's DynamoDB clients alone; and each function's import with what it loads from outside
 * the bundle already loaded, which is the part of its cold start our own code costs.
 */
export const measureBundles = async (): Promise<BundleFigure[]> => {
  const emptyEntry = join(outDir, "empty-handler.ts");
  writeFileSync(emptyEntry, "export const handler = async () => ({ statusCode: 200 });\n");
  const sdkEntry = join(outDir, "sdk-only.ts");
  writeFileSync(
    sdkEntry,
    'export { DynamoDBClient } from "@aws-sdk/client-dynamodb";\nexport { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";\n',
  );
  const entries = [
    { name: "(empty handler)", entry: emptyEntry },
    { name: "(AWS SDK DynamoDB clients alone)", entry: sdkEntry },
    ...[...routesByFunction(routeTable)].map(([name, routes]) => ({
      name,
      entry: writeContextEntry(name, routes),
    })),
  ];
  const figures: BundleFigure[] = [];
  for (const { name, entry } of entries) {
    const { outfile, bytes, externalImports } = await bundle(name.replace(/\W/g, ""), entry);
    figures.push({
      name,
      bytes,
      importMs: importTime(outfile),
      ownImportMs: importTime(outfile, externalImports),
    });
  }
  return figures;
};
