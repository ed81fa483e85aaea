import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { api } from "../support/api.ts";
import { journeySteps, open, signInAs, usePortalPages } from "../support/browser.ts";
import {
  as,
  competitionWithThreeBids,
  evaluateAll,
  lead,
  moveClockPast,
  retireCompetitions,
} from "../support/evaluation.ts";
import { ocdsValidators } from "../support/ocds.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});
const { onPage, click } = journeySteps(() => page);
afterAll(retireCompetitions);

const mainText = async () => (await page.locator("main").textContent()) ?? "";

describe("the public record through the pages", () => {
  it("a commissioner publishes the tender and award notices, a bidder reads its summary, and anyone finds the record", async () => {
    const title = `Money advice in north London ${Date.now().toString(36)}`;
    const opportunity = await competitionWithThreeBids({ title });

    // The call-off is published (through the API here; procurement-journey covers its pages): its tender notice.
    await signInAs(page, "Helen Carter");
    await open(page, `/opportunities/${opportunity.id}`);
    await onPage(title);
    await click("Notices: draft, review and publish");
    await onPage("Notices");
    await click("Draft the tender notice", "button");
    await onPage("Review the tender notice");
    await page.locator("#description").fill("Money advice for people on probation in north London.");
    await click("Publish notice", "button");
    await onPage("Notice published");

    // Awarded (through the API), then the summaries and the award notice through the pages.
    await moveClockPast(opportunity.submissionDeadline);
    const evaluated = await evaluateAll(opportunity.id);
    const award = await as(lead, "POST", `/api/opportunities/${opportunity.id}/evaluation/outcome`, {
      decision: "award",
      organisationIds: ["org-money-matters"],
      reason: "Highest total score, within budget.",
      version: evaluated.version,
    });
    expect(award.status).toBe(200);
    await signInAs(page, "Helen Carter");
    await open(page, `/procurements/${opportunity.id}/notices`);
    await onPage("Notices");
    await click("Draft the contract award notice", "button");
    await onPage("Review the contract award notice");
    await click("Publish notice", "button");
    await expect.poll(() => page.locator(".govuk-error-summary").textContent()).toMatch(/assessment summary/);
    await click("Back");
    await onPage("Notices");
    await click("Send assessment summaries", "button");
    await expect.poll(mainText).toContain("Assessment summaries sent to 3 of 3 bidders");
    await click(/^Contract award notice$/);
    await onPage("Review the contract award notice");
    await click("Publish notice", "button");
    await onPage("Notice published");
    await expect.poll(mainText).toMatch(/The standstill period ends at .+ \(UK time\)/);

    // A bidder reads its own summary.
    await signInAs(page, "Priya Shah");
    await open(page, `/opportunities/${opportunity.id}/bid/result`);
    await onPage("Your result");
    await click("Your assessment summary");
    await onPage("Your assessment summary");
    const summary = await mainText();
    expect(summary).toContain("Bridge Housing Trust");
    expect(summary).toMatch(/Standstill period ends.*\d{4}/);
    expect(summary).not.toContain("Money Matters");

    // Signed out, a visitor finds the procurement, reads its notices and downloads its record.
    await page.evaluate(() => window.sessionStorage.clear());
    await open(page, "/");
    await click("Public notices");
    await onPage("Public notices");
    await page.locator("#text").fill(title);
    await click("Search notices", "button");
    await expect.poll(() => page.getByRole("link", { name: title }).count()).toBe(2);
    await click(title);
    await onPage(title);
    expect(await mainText()).toMatch(/Tender notice[\s\S]*Contract award notice/);
    await click("Contract award notice");
    await onPage("Contract award notice");
    expect(await mainText()).toContain("Money Matters London");
    await page.goBack();
    await onPage(title);
    const href = await page
      .getByRole("link", { name: "Download the OCDS record (JSON)" })
      .getAttribute("href");
    const record = await api("GET", new URL(href!, "http://x").pathname);
    expect(record.status).toBe(200);
    expect(ocdsValidators().recordPackage(record.body)).toEqual([]);
    expect(record.body.records[0].compiledRelease.tender.title).toBe(title);
  }, 300_000);
});
