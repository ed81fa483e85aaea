import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import {
  as,
  closedCompetitionWithThreeBids,
  evaluator,
  lead,
  retireCompetitions,
} from "../support/evaluation.ts";
import { expectNoAxeViolations, journeySteps, open, signInAs, usePortalPages } from "../support/browser.ts";
import { settleJobs } from "../support/jobs.ts";
import { publishedOpportunity } from "../support/opportunities.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});
afterAll(retireCompetitions);

const { onPage, seeError, click } = journeySteps(() => page);
const menu = () => page.getByRole("navigation", { name: "Menu" });
const text = async () => (await page.locator("main").textContent()) ?? "";

/** Steps a new user took in the walk-through of issue 14, each where it used to go wrong. */
describe("walking through as a new user", () => {
  it("a commissioner reaches each main area from the header, lists the region's contracts, and the header fits 320 px", async () => {
    await signInAs(page, "Helen Carter");
    await onPage("Welcome, Helen Carter");
    for (const area of ["Applications", "Opportunities", "Evaluations", "Contracts", "Performance"])
      expect(await menu().getByRole("link", { name: area, exact: true }).count(), area).toBe(1);
    await menu().getByRole("link", { name: "Contracts", exact: true }).click();
    await onPage("Contracts");
    expect(
      await menu().getByRole("link", { name: "Contracts", exact: true }).getAttribute("aria-current"),
    ).toBe("page");
    // London's contracts, oldest start first (other files add contracts to London before this one runs).
    await expect.poll(() => page.locator("tbody tr th a").count()).toBeGreaterThan(1);
    expect(await text()).toContain("Contracts in London");
    await page.locator("#order").selectOption("newest");
    await click("Apply", "button");
    await page.waitForURL((url) => url.searchParams.get("order") === "newest");
    // Newest start first (other files add contracts to London, so the seeded one may be on a later page).
    const starts = async () =>
      (await page.locator("tbody tr td:nth-last-child(2)").allTextContents()).map((runs) =>
        Date.parse(runs.split(" to ")[0]!),
      );
    const newestFirst = async () => {
      const seen = await starts();
      return seen.length > 1 && seen.every((start, i) => i === 0 || seen[i - 1]! >= start);
    };
    await expect.poll(newestFirst).toBe(true);
    const first = (await page.locator("tbody tr th a").allTextContents()).find((r) => r.startsWith("DFP-"))!;
    await click(first);
    await onPage(`Contract ${first}`);
    expect(await text()).not.toContain("Catalogue reference");
    await click("Back");
    await onPage("Contracts");

    await page.setViewportSize({ width: 320, height: 800 });
    await expect.poll(() => page.getByRole("button", { name: "Menu" }).isVisible()).toBe(true);
    // The header itself fits (the menu collapses); wide tables in the page scroll on their own.
    expect(
      await page.evaluate(() => document.querySelector(".govuk-template__header")!.scrollWidth),
    ).toBeLessThanOrEqual(320);
    await page.getByRole("button", { name: "Menu" }).click();
    await expect
      .poll(() => menu().getByRole("link", { name: "Performance", exact: true }).isVisible())
      .toBe(true);
    await expectNoAxeViolations(page);
  });

  it("an evaluator who has not declared is told to declare, not shown the outage page; the lead finds the audit trail and OCDS", async () => {
    const opportunity = await closedCompetitionWithThreeBids({ title: "Walk-through debt advice" });
    const assigned = await as(lead, "PUT", `/api/opportunities/${opportunity.id}/evaluation/panel`, {
      evaluatorIds: [lead, evaluator],
      version: 0,
    });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    await signInAs(page, "Daniel Okoro");
    await open(page, `/opportunities/${opportunity.id}/evaluation/bids/org-bridge-housing/score`);
    await onPage("You cannot do this yet");
    expect(await text()).toContain(
      "Declare any conflicts of interest with the bidders before you read their bids.",
    );
    expect(await text()).not.toContain("Sorry, there is a problem with the service");
    await click("Declare any conflicts of interest first");
    await onPage("Declare conflicts of interest");

    await signInAs(page, "Helen Carter");
    await open(page, `/opportunities/${opportunity.id}`);
    await onPage("Walk-through debt advice");
    const download = page.waitForEvent("download");
    await click("Download the OCDS release (JSON)", "button");
    expect((await download).suggestedFilename()).toBe(`ocds-${opportunity.id}.json`);
    await click("Audit trail: who did what, and when");
    await onPage("Audit trail");
    expect(await text()).toContain("Published");
    expect(await text()).toContain("draft → published");
    await page.locator("#action").selectOption("opportunity-published");
    await click("Apply filters", "button");
    await page.waitForURL((url) => url.searchParams.get("action") === "opportunity-published");
    await expect.poll(() => page.locator("main tbody tr").count()).toBe(1);
    await expectNoAxeViolations(page);
  }, 240_000);

  it("a provider opens an opportunity it has not bid on without a 404 in the console", async () => {
    const opportunity = await publishedOpportunity({ title: "Walk-through accommodation" });
    const failures: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") failures.push(m.text());
    });
    page.on("response", (r) => {
      if (r.status() === 404) failures.push(`404 ${r.url()}`);
    });
    await signInAs(page, "Priya Shah");
    await open(page, `/opportunities/${opportunity.id}`);
    await onPage("Walk-through accommodation");
    await expect.poll(() => page.getByRole("link", { name: "Start your bid" }).count()).toBe(1);
    expect(failures).toEqual([]);
    for (const area of ["Opportunities", "Referrals", "Contracts", "Performance"])
      expect(await menu().getByRole("link", { name: area, exact: true }).count(), area).toBe(1);
  });

  it("an officer is guided to choose a need area, sees capacity used as the dashboard counts it, and goes back to the same search", async () => {
    await settleJobs();
    await signInAs(page, "Sam Rowe");
    await menu().getByRole("link", { name: "Find a service", exact: true }).click();
    await onPage("Find an intervention");
    await click("Search", "button");
    await seeError("Select a need area to search the catalogue");
    await page.locator("#needArea").selectOption("accommodation");
    await page.locator("#pdu").selectOption("camden-and-islington");
    await page.locator("#tier").selectOption("low");
    await click("Search", "button");
    await expect
      .poll(() => page.getByRole("link", { name: "Keep your home" }).count(), { timeout: 15_000 })
      .toBe(1);
    // The seeded referrals the dashboard counts are counted here too (it said "0 of 150").
    expect(await text()).toMatch(/[1-9]\d* of 150 referrals this year/);
    await click("Keep your home");
    await onPage("Keep your home");
    await click("Back to search");
    await onPage("Find an intervention");
    const url = new URL(page.url());
    expect(url.searchParams.get("needArea")).toBe("accommodation");
    expect(url.searchParams.get("tier")).toBe("low");
    await expect.poll(() => page.getByRole("link", { name: "Keep your home" }).count()).toBe(1);
  });

  it("the targets page speaks plain words", async () => {
    await signInAs(page, "Helen Carter");
    await open(page, "/performance/targets");
    await onPage(/targets/i);
    expect(await text()).not.toMatch(/seed 003/i);
  });
});
