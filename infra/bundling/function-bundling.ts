import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import { builtDocumentDefines } from "#functions/platform/openapi/built-document.ts";
import { projectRoot } from "../project-root.ts";

/**
 * Import specifiers left out of every bundle: the AWS SDK and Smithy, which the functions load at run
 * time from the dependencies layer (ADR 0013), built from the same package-lock.json as the tests run.
 */
export const layerExternals = ["@aws-sdk/*", "@smithy/*"] as const;

/** Bundled CommonJS dependencies still call require(); ESM has none unless we define it. */
const requireBanner =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/**
 * How every function is bundled. The CDK construct (`PortalFunction`), the bundle-size test and the
 * bench all read these, so what is measured is exactly what is deployed.
 */
export const functionBundling = {
  format: "esm",
  target: "node24",
  platform: "node",
  minify: true,
  mainFields: ["module", "main"],
  banner: requireBanner,
  external: layerExternals,
} as const;

/**
 * Names the bundler replaces with values computed at synth: the OpenAPI document, built from the route
 * table, so the platform function serves it without bundling every route's schema and zod-to-openapi
 * (ADR 0013). Only code that names one carries its value.
 */
export const bundleDefines = (): Record<string, string> => builtDocumentDefines();

export interface BundleResult {
  outfile: string;
  bytes: number;
  /** Bare specifiers the bundle imports at run time (from the layer or Node itself). */
  externalImports: string[];
}

/** Bundles an entry exactly as the stack does (without the source map, which is a separate file). */
export const bundleFunction = async (entry: string, outfile: string): Promise<BundleResult> => {
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: functionBundling.platform,
    format: functionBundling.format,
    target: functionBundling.target,
    minify: functionBundling.minify,
    mainFields: [...functionBundling.mainFields],
    banner: { js: functionBundling.banner },
    external: [...functionBundling.external],
    define: bundleDefines(),
    metafile: true,
    logLevel: "error",
  });
  const output = Object.values(result.metafile.outputs)[0] as Metafile["outputs"][string];
  return {
    outfile,
    bytes: output.bytes,
    externalImports: [...new Set(output.imports.filter((i) => i.external).map((i) => i.path))].sort(),
  };
};

type LockPackages = Record<
  string,
  { version?: string; integrity?: string; dependencies?: object; optionalDependencies?: object }
>;

const lockPackages = (): LockPackages =>
  (JSON.parse(readFileSync(join(projectRoot, "package-lock.json"), "utf8")) as { packages: LockPackages })
    .packages;

/** Where Node would find `name` when required from the package installed at `from` (a lock-file path). */
const resolveInLock = (packages: LockPackages, from: string, name: string): string | undefined => {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ""}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const parent = base.lastIndexOf("/node_modules/");
    base = parent < 0 ? "" : base.slice(0, parent);
  }
};

const matchesExternal = (name: string) =>
  layerExternals.some((pattern) => name.startsWith(pattern.slice(0, -1)));

/**
 * The lock-file paths (`node_modules/…`) of every package the layer holds: the SDK packages the
 * project depends on and everything they need, at exactly the locked versions.
 */
export const layerPackagePaths = (): string[] => {
  const packages = lockPackages();
  const root = packages[""] as { dependencies?: Record<string, string> };
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const entry = packages[path]!;
    for (const dep of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
      const found = resolveInLock(packages, path, dep);
      if (found) visit(found);
    }
  };
  for (const name of Object.keys(root.dependencies ?? {}).filter(matchesExternal))
    visit(`node_modules/${name}`);
  return [...seen].sort();
};

/** Changes exactly when a package in the layer changes version, so the layer is re-published only then. */
export const layerHash = (paths = layerPackagePaths()): string => {
  const packages = lockPackages();
  const hash = createHash("sha256");
  for (const path of paths) hash.update(`${path}@${packages[path]?.version}@${packages[path]?.integrity}\n`);
  return hash.digest("hex");
};
