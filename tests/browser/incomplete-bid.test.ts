import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { journeySteps, open, signInAs, usePortalPages } from "../support/browser.ts";
import { publishedOpportunity } from "../support/opportunities.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});

const { onPage, seeError, click } = journeySteps(() => page);

const errorSummary = () => page.locator(".govuk-error-summary");

describe("submitting an incomplete bid", () => {
  it("lists every missing part in the error summary, each linking to its section", async () => {
    const opportunity = await publishedOpportunity({ title: `Incomplete bid test ${Date.now()}` });
    await signInAs(page, "Priya Shah");
    await open(page, `/opportunities/${opportunity.id}/bid`);
    await onPage("Your bid");
    await click("Low complexity offer");
    await onPage("Low complexity offer");
    await page.getByLabel("Name of your intervention").fill("Home Finder");
    await click("Save and return to your bid", "button");
    await onPage("Your bid");
    expect(
      await page
        .locator(".govuk-task-list__item", { hasText: "Low complexity offer" })
        .locator(".govuk-task-list__status")
        .textContent(),
    ).toBe("In progress");
    await click("Check your answers and submit");
    await onPage("Check your bid before submitting it");
    await click("Submit bid", "button");
    await seeError("Answer the social value question");
    const links = errorSummary().getByRole("link");
    const texts = await links.allTextContents();
    expect(texts).toEqual(
      expect.arrayContaining([
        "Enter what happens in Assess & Plan for the low complexity offer",
        "Enter a title for the medium complexity offer",
        "Answer question 1",
        "Answer question 2",
        "Answer the social value question",
      ]),
    );
    expect(texts).not.toContain("Enter a title for the low complexity offer");
    expect(await errorSummary().textContent()).toContain("Your bid is not complete");
    // Each message goes to the section where it is put right.
    await errorSummary().getByRole("link", { name: "Answer question 1" }).click();
    await onPage("Question 1");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("answer");
  });
});
