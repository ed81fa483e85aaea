import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";
import { expectNoAxeViolations, open, signInAs, usePortalPages } from "../support/browser.ts";
import { publishedOpportunity } from "../support/opportunities.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});

describe("long lists", () => {
  it("shows the first 50 questions in the commissioner's inbox and the rest with 'Show more'", async () => {
    const opportunity = await publishedOpportunity({ title: `Busy competition ${Date.now()}` });
    const priya = await tokenFor("user-provider-bridge");
    for (let i = 1; i <= 53; i += 1) {
      const asked = await api("POST", `/api/opportunities/${opportunity.id}/questions`, {
        token: priya,
        body: { question: `Question number ${i} about the service` },
      });
      expect(asked.status).toBe(201);
    }
    await signInAs(page, "Helen Carter");
    await open(page, `/opportunities/${opportunity.id}/questions`);
    const cards = page.locator(".govuk-summary-card");
    await expect.poll(() => cards.count(), { timeout: 10_000 }).toBe(50);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Show more questions" }).click();
    await expect.poll(() => cards.count(), { timeout: 10_000 }).toBe(53);
    // Everything is loaded, so the button goes.
    expect(await page.getByRole("button", { name: "Show more questions" }).count()).toBe(0);
  });
});
