import { builtinModules } from "node:module";
import { mkdirSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jobTable } from "#functions/jobs.ts";
import { routesByFunction } from "#functions/platform/route.ts";
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
  // Lowered on 2026-11-29 (session 6, ADR 0013 update): an idempotency store of our own in place of
  // Powertools idempotency (−42 KB), reference lookups that read only their part, and contracts served by
  // four functions. Framework, opportunities, clarifications, bids and contracts are now within the goal.
  // These three are over because single routes are (sendReferral 262, decideOutcome 255, draftNotice 256
  // bundled alone): splitting the context cannot bring them under; ADR 0013 says what would.
  // Raised 295 → 300 at the session 6 merge: the officers' dashboard tabs and the completion window of a
  // terminated contract's referrals (+3 KB; it measured 295.8).
  referrals: 300,
  evaluation: 280,
  // Raised 280 → 285 on 2026-11-29 (session 7, issue 20): the dynamic market's modification and cessation
  // notices (their drafts, due logic and the market's record read through framework/index.ts) took it from
  // 277.0 to 281.2 KB.
  notices: 285,
};

mkdirSync(join(projectRoot, ".build"), { recursive: true });
const outDir = mkdtempSync(join(projectRoot, ".build", "budget-"));
const functions = routesByFunction(routeTable);
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

describe("the bundle of each function, built as the stack builds it", () => {
  it("has a budget for every function, and none above the goal without a reason", () => {
    expect(Object.keys(overGoalKb).filter((name) => !functions.has(name))).toEqual([]);
  });

  // One function per context, or two where the context's route list splits it (ADR 0013).
  it.each([...functions.keys()])(
    "%s stays within its budget and needs nothing the layer lacks",
    async (name) => {
      const entry = writeContextEntry(name, functions.get(name)!);
      await check(name, entry, overGoalKb[name] ?? goalKb);
    },
  );

  it.each(jobTable.map((j) => [j.name, j.handler]))(
    "job %s stays within the goal and needs nothing the layer lacks",
    async (name, handler) => {
      await check(`job-${name}`, join(projectRoot, "functions", handler), goalKb);
    },
  );
});
