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
  it("a change proposed, modified and agreed; a mandatory change; an issue against it raised, shared and answered", async () => {
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

    // A mandatory change of delivery units, on notification.
    await click("Propose a change");
    await onPage("Propose a change");
    await page.getByLabel("Mandatory").check();
    await page.getByRole("checkbox", { name: /Hackney/ }).uncheck();
    await page.locator("#reason").fill("Hackney moves to the new regional service.");
    await click("Send the Notice of Change", "button");
    await onPage("Changes");
    await expect.poll(() => page.getByRole("heading", { name: /NoC 2/ }).count()).toBe(1);

    // The provider raises an issue against it and shares the report.
    await signInAs(page, "Leah Grant");
    await onPage("Your organisation");
    await open(page, `/contracts/${contract.id}/changes`);
    await onPage("Changes");
    await click("Raise an issue about NoC 2");
    await onPage("Raise an issue");
    await page.locator("#title").fill("Hackney clients lose their adviser");
    await fillDate("firstRaisedOn", today);
    await page.locator("#description").fill("Twelve people in Hackney are mid-way through debt plans.");
    await page.locator("#implications").fill("Debt plans lapse without an adviser.");
    await page.getByRole("radio", { name: "High" }).first().check();
    await page.locator("#urgency").check();
    await page.locator("#currentCost").fill("1200");
    await page.locator("#potentialCost").fill("9000");
    await page.locator("#workUnderWay").fill("Advisers are calling each person.");
    await click("Raise the issue", "button");
    await onPage("Issues");
    await page.getByLabel("Share the report with the other party").check();
    await click("Record the step", "button");
    await expect.poll(() => page.getByText("Shared", { exact: false }).count()).toBeGreaterThan(0);

    // The commissioner answers it.
    await signInAs(page, "Helen Carter");
    await onPage(/^Welcome, Helen Carter$/);
    await open(page, `/contracts/${contract.id}/issues`);
    await onPage("Issues");
    const step = async (label: string, text: string) => {
      await page.getByLabel(label).check();
      await page.locator("#issue-1-text").fill(text);
      await click("Record the step", "button");
    };
    await step("Add a comment", "We will fund handover sessions.");
    await expect.poll(() => page.getByText("We will fund handover sessions.").count()).toBe(1);
    // Escalation, the final decision and termination are covered through the API
    // (tests/integration/contract-issues.test.ts); their pages are not yet proven in a browser.
  });
});
