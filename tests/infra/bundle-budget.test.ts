import { builtinModules } from "node:module";
import { mkdirSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jobTable } from "#functions/jobs.ts";
import { routeTable } from "#functions/routes.ts";
import { writeContextEntry } from "#infra/bundling/context-entry.ts";
import { bundleFunction, layerPackagePaths } from "#infra/bundling/function-bundling.ts";
import { projectRoot } from "#infra/project-root.ts";

/** The goal for every function (issue 15): at most 250 KB of minified code to load on a cold start. */
const goalKb = 250;

/**
 * Contexts that cannot reach the goal yet, at their measured size rounded up to the next 5 KB so that
 * growth is a decision, not an accident. Why each is over, and what would bring it under: ADR 0013.
 */
// Raised on 2026-11-29 when issue 12's integrity work landed beside this test (the competition life
// cycle, signed cursors, sealed documents and the bounds on every request added 5–35 KB here).
// Raised again on 2026-11-29 for issue 14 items 14–15 (ADR 0022): every request schema's messages written
// for a person and naming their field, and the one fallback for an issue without one, add 3–6 KB.
const overGoalKb: Record<string, number> = {
  // Issue 16 (ADR 0025): every function now reads the caller's membership (about 2 KB), and the
  // OpenAPI document (platform) describes the people and staff routes.
  // Raised again at the session 4 merge, for what issues 17, 18 and 20 added: amendments, plan approval
  // and appointments (referrals, +24 KB), contract management (contracts, new over the goal), notices
  // (a new context), and the OpenAPI document describing all of it (platform, +24 KB). Issue 15's goal
  // for these is further away, not closer: see the session note.
  // Lowered on 2026-11-29 (session 5, ADR 0013 update): deadlines formatted with Intl rather than date-fns,
  // and the OpenAPI document built at synth (platform, accounts and documents are now within the goal).
  // Raised at the session 5 merge for what landed beside that: supplier membership (framework +13 KB;
  // bids, which now refuses a suspended supplier, +1), restricted people (referrals +6), and ratings,
  // improvement plans, charges and transfers (contracts +47: it now reads the dashboard's measures and
  // moves referrals). Splitting contracts into two functions is the way back under (ADR 0013).
  // Session 6 (issue 18 item 1, ADR 0027 update): evaluation 320 → 321, for the filtered contract list
  // entries it writes at award with each contract (about 0.7 KB; it measured 320.3 KB).
  framework: 285,
  opportunities: 285,
  clarifications: 290,
  bids: 295,
  referrals: 340,
  evaluation: 321,
  contracts: 315,
  notices: 280,
};

mkdirSync(join(projectRoot, ".build"), { recursive: true });
const outDir = mkdtempSync(join(projectRoot, ".build", "budget-"));
const contexts = [...new Set(routeTable.map((r) => r.context))];
const layerPackages = new Set(layerPackagePaths().map((path) => path.replace(/^.*node_modules\//, "")));
const builtins = new Set(builtinModules);
/** The package a bare specifier names: `@scope/name/sub` → `@scope/name`. */
const packageOf = (specifier: string) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");

/** Bundles one function as the stack does and checks its size and what it leaves to the runtime. */
const check = async (name: string, entry: string, budgetKb: number) => {
  const bundle = await bundleFunction(entry, join(outDir, `${name}.mjs`));
  expect(bundle.bytes, `${name}: ${(bundle.bytes / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(
    budgetKb * 1024,
  );
  // Whatever is not bundled must be in the dependencies layer (or Node itself), or the function fails to load.
  const missing = bundle.externalImports.filter(
    (specifier) =>
      !specifier.startsWith("node:") && !builtins.has(specifier) && !layerPackages.has(packageOf(specifier)),
  );
  expect(missing, `${name} imports what the layer does not hold`).toEqual([]);
};

describe("the bundle of each context's function, built as the stack builds it", () => {
  it("has a budget for every context, and none above the goal without a reason", () => {
    expect(Object.keys(overGoalKb).filter((c) => !contexts.includes(c))).toEqual([]);
  });

  it.each(contexts)("%s stays within its budget and needs nothing the layer lacks", async (context) => {
    const entry = writeContextEntry(
      context,
      routeTable.filter((r) => r.context === context),
    );
    await check(context, entry, overGoalKb[context] ?? goalKb);
  });

  it.each(jobTable.map((j) => [j.name, j.handler]))(
    "job %s stays within the goal and needs nothing the layer lacks",
    async (name, handler) => {
      await check(`job-${name}`, join(projectRoot, "functions", handler), goalKb);
    },
  );
});
