import { join } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { projectRoot } from "#infra/project-root.ts";

const eslint = new ESLint({ cwd: projectRoot });

/** The rule ids the repository's ESLint config reports for a snippet, as if it were a function's module. */
const ruleIdsFor = async (code: string) => {
  const [result] = await eslint.lintText(code, { filePath: join(projectRoot, "functions/example.ts") });
  return (result?.messages ?? []).map((m) => ({ ruleId: m.ruleId, message: m.message }));
};

describe("the lint rule that keeps all of zod out of the Lambda bundles", () => {
  it("refuses the named import of z and says what to write instead", async () => {
    const messages = await ruleIdsFor('import { z } from "zod";\nexport const s = z.string();\n');
    expect(messages).toEqual([
      expect.objectContaining({
        ruleId: "no-restricted-syntax",
        message: expect.stringContaining('import * as z from "zod"'),
      }),
    ]);
  });

  it("refuses the type-only named import too", async () => {
    const messages = await ruleIdsFor('import type { z } from "zod";\nexport type S = z.ZodString;\n');
    expect(messages.map((m) => m.ruleId)).toEqual(["no-restricted-syntax"]);
  });

  it("accepts the namespace import", async () => {
    expect(await ruleIdsFor('import * as z from "zod";\nexport const s = z.string();\n')).toEqual([]);
  });
});
