import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compile, NodePackageImporter } from "sass";
import { describe, expect, it } from "vitest";

const repoRoot = join(import.meta.dirname, "../../..");
const sourceRoot = join(repoRoot, "web/src");

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts")
        ? [join(dir, entry.name)]
        : [],
  );

describe("the stylesheet", () => {
  // The stylesheets compile only the design systems' components the portal uses (ADR 0021): app.scss for
  // every page, forms.scss and journey.scss with the components that load them. A page that starts using
  // another component would render unstyled; this names the class and the missing @use.
  it("styles every GOV.UK and MoJ Frontend class the web app names", () => {
    const css = ["app", "forms", "journey"]
      .map(
        (sheet) =>
          compile(join(sourceRoot, `styles/${sheet}.scss`), {
            importers: [new NodePackageImporter(repoRoot)],
            loadPaths: [repoRoot],
            quietDeps: true,
            silenceDeprecations: ["import"],
            logger: { warn: () => undefined },
          }).css,
      )
      .join("\n");
    const named = new Set<string>();
    for (const file of sourceFiles(sourceRoot)) {
      for (const [name] of readFileSync(file, "utf8").matchAll(/\b(?:govuk|moj)-[a-z0-9_-]*[a-z0-9]\b/g)) {
        // JavaScript hooks (`govuk-js-…`) and the body's support flag are not styled by class.
        if (!/^govuk-(js-|frontend-supported)/.test(name)) named.add(name);
      }
    }
    // Some classes are hooks the design systems' markup carries with no style of their own.
    const styledByTheDesignSystems = [
      "node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css",
      "node_modules/@ministryofjustice/frontend/moj/moj-frontend.min.css",
    ]
      .map((file) => readFileSync(join(repoRoot, file), "utf8"))
      .join("\n");
    const unstyled = [...named]
      .filter((name) => styledByTheDesignSystems.includes(`.${name}`) && !css.includes(`.${name}`))
      .sort();
    expect(unstyled).toEqual([]);
    // Compiling the design systems' Sass takes 10–20 s on a busy 2-core machine.
  }, 120_000);
});
