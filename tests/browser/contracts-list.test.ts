import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { londonDate } from "#shared/time/index.ts";
import { journeySteps, signInAs, usePortalPages } from "../support/browser.ts";
import { plusDays } from "../support/contracts.ts";
import { settleJobs } from "../support/jobs.ts";
import { portalNow } from "../support/opportunities.ts";
import { liveContract, officers, sentReferral } from "../support/referrals.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});
const { onPage, click } = journeySteps(() => page);
const text = async () => (await page.locator("main").textContent()) ?? "";

describe("the contracts list", { timeout: 300_000 }, () => {
  it("a commissioner filters by need area and ending within 90 days, sees which suppliers are suspended, opens a contract, reads its places used and goes back to the same filters", async () => {
    const today = londonDate(await portalNow());
    const fresh = { organisationId: "org-fresh-start", organisationName: "Fresh Start" };
    const camden = { regionIds: ["london"], pduIds: ["camden-and-islington"] };
    const ending = await liveContract({
      ...camden,
      ...fresh,
      endDate: plusDays(today, 40),
      tiers: [{ capacityPerYear: 8 }],
    });
    const otherNeed = await liveContract({
      ...camden,
      ...fresh,
      needAreaId: "finance-benefits-debt",
      endDate: plusDays(today, 40),
    });
    // Flagged as the membership job flags a suspended supplier's contracts (ADR 0034), list entries too.
    const suspended = await liveContract({
      ...camden,
      organisationId: "org-open-door",
      organisationName: "Open Door Advice",
      endDate: plusDays(today, 50),
      supplierMembership: "suspended",
    });
    await sentReferral(officers.camden, ending.interventions[0]!.id);
    await settleJobs();

    await signInAs(page, "Helen Carter");
    await onPage("Welcome, Helen Carter");
    await page
      .getByRole("navigation", { name: "Menu" })
      .getByRole("link", { name: "Contracts", exact: true })
      .click();
    await onPage("Contracts");
    await page.locator("#needArea").selectOption("accommodation");
    await page.getByLabel("Ending within 90 days").check();
    await page.locator("#order").selectOption("ending-soonest");
    await click("Apply", "button");
    await page.waitForURL(
      (url) =>
        url.searchParams.get("needArea") === "accommodation" &&
        url.searchParams.get("ending") === "within-90-days",
    );
    await expect
      .poll(async () => (await page.locator("tbody tr th a").allTextContents()).includes(ending.reference))
      .toBe(true);
    await onPage("Contracts");
    const listed = await page.locator("tbody tr th a").allTextContents();
    expect(listed).not.toContain(otherNeed.reference);
    expect(await page.locator("th[aria-sort=ascending]").textContent()).toBe("Ends");
    const row = (reference: string) => page.locator("tbody tr").filter({ hasText: reference });
    expect(await row(suspended.reference).locator(".govuk-tag").textContent()).toBe("Supplier suspended");
    expect(await row(ending.reference).locator(".govuk-tag").count()).toBe(0);

    await click(ending.reference);
    await onPage(`Contract ${ending.reference}`);
    await expect.poll(text).toContain("1 of 8 places used");

    await page.goBack();
    await onPage("Contracts");
    expect(new URL(page.url()).searchParams.get("needArea")).toBe("accommodation");
    expect(await page.locator("#needArea").inputValue()).toBe("accommodation");
    expect(await page.getByLabel("Ending within 90 days").isChecked()).toBe(true);
  });
});
