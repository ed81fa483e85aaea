import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { journeySteps, open, signInAs, usePortalPages } from "../support/browser.ts";
import { liveContract } from "../support/contracts.ts";
import { as, retireCompetitions } from "../support/evaluation.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});
const { onPage, seeError, click, fillDate } = journeySteps(() => page);

afterAll(async () => {
  await retireCompetitions();
});

const dateParts = (iso: string) => {
  const [year, month, day] = iso.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year: year! };
};

describe("managing a contract after award", () => {
  it("a change proposed by the provider is modified and agreed by the commissioner, and officers see the new terms", async () => {
    const contract = await liveContract();
    const [low] = contract.interventions;
    const today = dateParts(contract.startDate);

    // The provider proposes more capacity at a higher price, from today.
    await signInAs(page, "Leah Grant");
    await onPage("Your organisation");
    await open(page, `/contracts/${contract.id}`);
    await onPage(`Contract ${contract.reference}`);
    await click("Changes");
    await onPage("Changes");
    await click("Propose a change");
    await onPage("Propose a change");
    await click("Send the Notice of Change", "button");
    await seeError("Enter why the change is needed");
    await page.locator("#tiers-0-capacity").fill("400");
    await page.locator("#tiers-0-price").fill("600");
    await page.locator("#reason").fill("Demand in Hackney is higher than forecast.");
    await fillDate("effectiveDate", today);
    await click("Send the Notice of Change", "button");
    await onPage("Changes");
    await expect.poll(() => page.getByText("Notice of Change 1 sent").count()).toBe(1);

    // The commissioner modifies it and agrees: the catalogue shows the new capacity at once.
    await signInAs(page, "Helen Carter");
    await onPage(/^Welcome, Helen Carter$/);
    await open(page, `/contracts/${contract.id}/changes`);
    await onPage("Changes");
    await page.getByLabel("Amend the contract as modified").check();
    await page.locator("#tiers-0-capacity").fill("350");
    await page.locator("#reason").fill("Agreed at a lower price per referral.");
    await page.locator("#tiers-0-price").fill("550");
    await click("Record the decision", "button");
    await expect.poll(() => page.getByText("Amended as modified").count()).toBeGreaterThan(0);
    const officerView = await as("user-officer-camden", "GET", `/api/interventions/${low!.id}`);
    expect(officerView.body).toMatchObject({ capacityPerYear: 350, pricePerReferralPence: 55_000 });
  });
});
