import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, usePortalPages } from "../support/browser.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});

const accessible = `<!doctype html><html lang="en"><head><title>Fine</title></head>
<body><main><h1>Fine</h1><p>Plain text.</p></main></body></html>`;

/** What the page checks found, from their failure: the test says what is wrong, not only that it is. */
const findings = async (page: Page) => {
  try {
    await expectNoAxeViolations(page);
  } catch (error) {
    const { message, actual } = error as { message: string; actual?: unknown };
    return `${message} ${JSON.stringify(actual)}`;
  }
  return "no findings";
};

// The checks every journey relies on must themselves catch what they are for, or every page "passes".
describe("the checks run on every page", () => {
  it("pass an accessible page, and fail one with an image without a text alternative, naming the rule", async () => {
    await page.setContent(accessible);
    expect(await findings(page)).toBe("no findings");
    await page.setContent(
      accessible.replace("<p>Plain text.</p>", '<img src="data:," width="10" height="10">'),
    );
    expect(await findings(page)).toMatch(/^axe violations on .*image-alt \(critical\)/);
  });

  it("fail a page that scrolls sideways at 320 px, naming what sticks out", async () => {
    await page.setContent(accessible.replace("<p>Plain text.</p>", '<p style="width: 600px">Too wide.</p>'));
    expect(await findings(page)).toMatch(/the page is \d+ px wide in 320 px — p “Too wide\.”/);
  });
});
