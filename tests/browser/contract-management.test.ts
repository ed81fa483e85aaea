import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { journeySteps, open, signInAs, usePortalPages } from "../support/browser.ts";
import { liveContract, plusDays } from "../support/contracts.ts";
import { as, retireCompetitions } from "../support/evaluation.ts";
import { findNeedArea } from "#shared/reference/index.ts";
import { api } from "../support/api.ts";
import {
  completeAnswers,
  liveContract as contractOfItsOwn,
  officers,
  startDraft,
} from "../support/referrals.ts";

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

/** A referral sent by the Camden officer to the finance contract, with a desired outcome of that need area. */
const financeReferral = async (interventionId: string) => {
  const { token, draft } = await startDraft(officers.camden, interventionId);
  const outcome = findNeedArea("finance-benefits-debt")!.desiredOutcomes[0]!;
  let version = draft.version as number;
  for (const [section, data] of Object.entries(await completeAnswers())) {
    const body = section === "intervention" ? { ...data, desiredOutcomes: [outcome] } : data;
    const res = await api("PUT", `/api/referrals/${draft.id}/sections/${section}`, {
      token,
      body: { ...body, version, finished: true },
    });
    expect(res.status, `${section}: ${JSON.stringify(res.body)}`).toBe(200);
    version = res.body.version;
  }
  const sent = await api("POST", `/api/referrals/${draft.id}/send`, { token, body: { version } });
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  return sent.body as { id: string; reference: string };
};

describe("managing a contract after award", { timeout: 600_000 }, () => {
  it("a change proposed, modified and agreed; a mandatory change; an issue against it escalated and decided; termination and a transfer", async () => {
    const contract = await liveContract();
    const [low] = contract.interventions;
    const today = dateParts(contract.startDate);
    // One open referral under it, and another live contract in Camden that could take it over.
    const referral = await financeReferral(low!.id);
    const other = await contractOfItsOwn({
      needAreaId: "finance-benefits-debt",
      regionIds: ["london"],
      pduIds: ["camden-and-islington"],
      organisationId: "org-open-door",
      organisationName: "Open Door",
    });

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

    // It escalates to the sub-committee, whose decision (with reasons) closes it.
    await step("Escalate to the next level", "Handover costs need the sub-committee.");
    await expect.poll(() => page.getByText("Commissioning sub-committee", { exact: true }).count()).toBe(1);
    await step("Record this level's decision (closes the issue)", "Handover sessions are funded to March.");
    await expect.poll(() => page.getByText(/Handover sessions are funded to March/).count()).toBe(1);
    await expect.poll(() => page.getByRole("heading", { name: /Issue 1: .*Decided/ }).count()).toBe(1);

    // The commissioner terminates the contract and moves its one open referral to the other contract.
    await open(page, `/contracts/${contract.id}`);
    await onPage(`Contract ${contract.reference}`);
    await click("Terminate the contract");
    await onPage("Terminate the contract");
    await click("Terminate the contract", "button");
    await seeError("Select the reason for ending the contract");
    await page.getByLabel("Breach by the provider").check();
    await page.locator("#detail").fill("Repeated missed first contacts in Camden.");
    await fillDate("effectiveDate", today);
    await fillDate("completeUntil", dateParts(plusDays(contract.startDate, 30)));
    await click("Terminate the contract", "button");
    await onPage(`Contract ${contract.reference}`);
    await click("Open referrals");
    await onPage("Open referrals");
    await expect.poll(() => page.getByText(/may complete under it until/).count()).toBe(1);
    await page.getByLabel(`Transfer referral ${referral.reference} to`).selectOption(other.id);
    await click(`Transfer referral ${referral.reference}`, "button");
    await expect
      .poll(() => page.getByText(`Referral ${referral.reference} transferred to`, { exact: false }).count())
      .toBe(1);
    await expect.poll(() => page.getByText("This contract has no open referrals.").count()).toBe(1);
    await onPage("Open referrals");
    const moved = await as("user-provider-open-door", "GET", `/api/referrals/${referral.id}`);
    expect(moved.body).toMatchObject({ contractId: other.id, organisationName: "Open Door" });
  });
});
