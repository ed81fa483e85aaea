import { join } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { projectRoot } from "#infra/project-root.ts";

// The repository's own eslint.config.js, as `npm run lint` runs it.
const eslint = new ESLint({ cwd: projectRoot });

/** The import rules' findings for `code` as if it were the file at `path` (relative to the repository). */
const importFindings = async (path: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: join(projectRoot, path) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.startsWith("import-x/"))
    .map((m) => ({ ruleId: m.ruleId, message: m.message }));
};

const refused = (message: string) => [
  expect.objectContaining({
    ruleId: "import-x/no-restricted-paths",
    message: expect.stringContaining(message),
  }),
];

// The first lint resolves and parses the whole import graph once: slow on a busy machine.
describe("the lint rules that keep the architecture's boundaries", { timeout: 120_000 }, () => {
  it("refuses a bounded context reaching into another's repository, by relative path or alias", async () => {
    const relative =
      'import { findReferral } from "../referrals/repository.ts";\nexport const f = findReferral;\n';
    expect(await importFindings("functions/bids/x.ts", relative)).toEqual(
      refused("Import the referrals context through its public module, #functions/referrals/index.ts"),
    );
    const alias =
      'import { findReferral } from "#functions/referrals/repository.ts";\nexport const f = findReferral;\n';
    expect(await importFindings("functions/bids/x.ts", alias)).toEqual(refused("public module"));
  });

  it("accepts a bounded context importing another through its index.ts", async () => {
    const code = 'import { findReferral } from "../referrals/index.ts";\nexport const f = findReferral;\n';
    expect(await importFindings("functions/bids/x.ts", code)).toEqual([]);
  });

  it("refuses the web app importing functions/ or infra/", async () => {
    const functions = 'import { routeTable } from "#functions/routes.ts";\nexport const r = routeTable;\n';
    expect(await importFindings("web/src/x.tsx", functions)).toEqual(
      refused("The web app may import shared/ only"),
    );
    const infra =
      'import { defaultRateLimits } from "../../infra/rate-limits.ts";\nexport const r = defaultRateLimits;\n';
    expect(await importFindings("web/src/x.ts", infra)).toEqual(
      refused("The web app may import shared/ only"),
    );
  });

  it("accepts the web app importing shared/", async () => {
    const code = 'import { roleSchema } from "#shared/auth/roles.ts";\nexport const r = roleSchema;\n';
    expect(await importFindings("web/src/x.ts", code)).toEqual([]);
  });

  it("refuses shared/ importing functions/, and functions/ importing infra/", async () => {
    const fromShared = 'import { now } from "#functions/platform/clock.ts";\nexport const n = now;\n';
    expect(await importFindings("shared/x.ts", fromShared)).toEqual(refused("shared/ is pure domain code"));
    const fromFunctions =
      'import { defaultRateLimits } from "#infra/rate-limits.ts";\nexport const r = defaultRateLimits;\n';
    expect(await importFindings("functions/platform/x.ts", fromFunctions)).toEqual(
      refused("functions/ may import shared/ and functions/ only"),
    );
  });

  it("lets infra/ read the route table and the platform, but not a context's internals", async () => {
    const tables = [
      'import { routeTable } from "#functions/routes.ts";',
      'import { jobTable } from "#functions/jobs.ts";',
      'import { tableDesign } from "#functions/platform/data/table-design.ts";',
      "export const all = [routeTable, jobTable, tableDesign];",
      "",
    ].join("\n");
    expect(await importFindings("infra/constructs/x.ts", tables)).toEqual([]);
    const internals = 'import { findBid } from "#functions/bids/repository.ts";\nexport const f = findBid;\n';
    expect(await importFindings("infra/constructs/x.ts", internals)).toEqual(
      refused("infra/ reads functions' route table, job table and platform only"),
    );
  });

  it("refuses an import that closes a cycle between contexts", async () => {
    // evaluation's public module re-exports its life cycle, which imports opportunities' public module, which re-exports this file.
    const code = 'import { lifecycleOf } from "../evaluation/index.ts";\nexport const l = lifecycleOf;\n';
    expect(await importFindings("functions/opportunities/access.ts", code)).toEqual([
      expect.objectContaining({ ruleId: "import-x/no-cycle" }),
    ]);
  });
});
