import { describe, expect, it } from "vitest";
import { measureWeb } from "../../bench/web.ts";

/** The goal (issue 15): what a browser fetches before a role's first page, JS and CSS gzipped. */
const goalKb = 120;

describe("what the browser fetches before each role's first page, built as it is deployed", () => {
  it(`stays within ${goalKb} KB gzipped (JS and CSS) for every role's home page and the sign-in page`, () => {
    // Bytes of a build are deterministic, so this asserts; the bench prints the same figures.
    const figures = measureWeb().filter((f) => f.kind === "first page" || f.page.startsWith("sign-in:"));
    expect(figures.map((f) => f.page)).toEqual([
      "provider: home page",
      "commissioner: home page",
      "responsible officer: home page",
      "sign-in: SignInPage.tsx",
    ]);
    const over = figures
      .map((f) => ({ page: f.page, kb: Math.round(((f.jsGzipBytes + f.cssGzipBytes) / 1024) * 10) / 10 }))
      .filter((f) => f.kb > goalKb);
    expect(over).toEqual([]);
  }, 300_000);
});
