import { execFileSync } from "node:child_process";
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { routeTable } from "#functions/routes.ts";
import { writeContextEntry } from "#infra/bundling/context-entry.ts";

export interface BundleFigure {
  name: string;
  bytes: number;
  importMs: number;
}

const outDir = mkdtempSync(join(tmpdir(), "portal-bench-bundles-"));

/** Bundles an entry as the CDK stack does (ESM, node24, minified, SDK included). */
const bundle = async (name: string, entry: string) => {
  const outfile = join(outDir, `${name}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node24",
    minify: true,
    mainFields: ["module", "main"],
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    logLevel: "error",
  });
  return outfile;
};

/** The median time to import a module in a fresh Node process (what a cold start pays for code). */
const importTime = (file: string, runs = 5) => {
  const script = `const t=performance.now();await import(${JSON.stringify(file)});console.log(performance.now()-t)`;
  const times = Array.from({ length: runs }, () =>
    Number(
      execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }).trim(),
    ),
  ).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
};

/** Bundled size and import time of each bounded context's function, and of an empty handler. */
export const measureBundles = async (): Promise<BundleFigure[]> => {
  const emptyEntry = join(outDir, "empty-handler.ts");
  writeFileSync(emptyEntry, "export const handler = async () => ({ statusCode: 200 });\n");
  const contexts = [...new Set(routeTable.map((r) => r.context))];
  const entries = [
    { name: "(empty handler)", entry: emptyEntry },
    ...contexts.map((context) => ({
      name: context,
      entry: writeContextEntry(
        context,
        routeTable.filter((r) => r.context === context),
      ),
    })),
  ];
  const figures: BundleFigure[] = [];
  for (const { name, entry } of entries) {
    const file = await bundle(name.replace(/\W/g, ""), entry);
    figures.push({ name, bytes: statSync(file).size, importMs: importTime(file) });
  }
  return figures;
};
