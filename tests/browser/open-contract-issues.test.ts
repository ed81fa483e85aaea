import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, signInAs, usePortalPages } from "../support/browser.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});

const seededIssue = "Issue 1: Referrals arrive without risk information";
const openIssues = () =>
  page.locator("section", { has: page.getByRole("heading", { name: "Open contract issues" }) });

describe("open contract issues on the home pages (issue 18, item 3)", () => {
  it("shows the provider its own open issue, linking to the contract's issues", async () => {
    await signInAs(page, "Tom Ellis");
    await expect.poll(() => openIssues().getByRole("link", { name: seededIssue }).count()).toBe(1);
    const row = openIssues().locator("tbody tr", { hasText: seededIssue });
    expect(await row.locator("td").allTextContents()).toEqual([
      expect.stringContaining(seededIssue),
      "DFP-LWA-ETE-0002",
      "Contract managers",
      "Shared",
    ]);
    await expectNoAxeViolations(page);
    await openIssues().getByRole("link", { name: seededIssue }).click();
    await page.waitForURL((url) => url.pathname === "/contracts/contract-pathways-employment/issues");
    await expect
      .poll(() => page.getByRole("heading", { level: 2, name: /Referrals arrive without risk/ }).count())
      .toBe(1);
  });

  it("shows the region's commissioner the same issue, and another provider not at all", async () => {
    await signInAs(page, "Helen Carter");
    await expect.poll(() => openIssues().getByRole("link", { name: seededIssue }).count()).toBe(1);
    await expectNoAxeViolations(page);

    await signInAs(page, "Priya Shah");
    // The section arrives after the home; once it has, Northern Pathways' issue is not in it.
    await expect.poll(() => openIssues().count()).toBe(1);
    expect(await openIssues().getByText("Referrals arrive without risk information").count()).toBe(0);
  });
});
