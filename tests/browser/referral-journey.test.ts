import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { setClock } from "../support/api.ts";
import { expectNoAxeViolations, journeySteps, open, signInAs, usePortalPages } from "../support/browser.ts";
import { sentReferral } from "../support/referrals.ts";
import { referralSteps } from "./support/referral-steps.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});

const { onPage, seeError, click } = journeySteps(() => page);
afterEach(() => setClock({ offsetMs: 0 }));
const { check, officerRefers, providerDelivers } = referralSteps(() => page);

describe("the referral journey through the pages", () => {
  it("an officer refers, the provider delivers and reports, and the officer reads the timeline and report", async () => {
    const lastName = `Murray${Date.now().toString(36)}`;
    const name = `Alex ${lastName}`;
    const reference = await officerRefers(lastName);
    await providerDelivers(reference, name);

    // Sam sees the concern, the timeline and the end-of-service report.
    await signInAs(page, "Sam Rowe");
    await onPage("Welcome, Sam Rowe");
    await click("Notifications");
    await onPage("Notifications");
    expect(await page.getByRole("link", { name: `Concern raised on referral ${reference}` }).count()).toBe(1);
    await click(`Concern raised on referral ${reference}`);
    await onPage(name);
    expect(await page.getByText("The provider raised a concern").count()).toBe(1);
    expect(await page.getByText("Said they had been drinking and would not come.").count()).toBeGreaterThan(
      0,
    );
    expect(await page.getByRole("heading", { name: "End-of-service report" }).count()).toBe(1);
    expect(await page.getByText("Keep up the repayments.").count()).toBe(1);
    for (const event of [
      "Referral sent",
      "Caseworker assigned",
      "Action plan submitted for approval",
      "Action plan approved",
      "Referral completed",
    ])
      expect(await page.getByText(event, { exact: true }).count(), event).toBeGreaterThan(0);
    await click("Your referrals");
    await onPage("Your referrals");
    await click("Completed");
    await expect.poll(() => page.getByRole("link", { name }).count(), { timeout: 15_000 }).toBe(1);
    await expectNoAxeViolations(page);
    // Both sides of a referral from draft to end-of-service report, with the officer approving the
    // plan between: minutes on a busy 2-core machine.
  }, 720_000);

  it("the provider's referral page is split into sub-pages, and an action returns to Progress", async () => {
    const { referral } = await sentReferral();
    const name = `Alex ${referral.answers.person.lastName}`;
    const referralPath = `/provider/referrals/${referral.id}`;
    await signInAs(page, "Priya Shah");
    await open(page, referralPath);
    await onPage(name);
    // Each sub-page is reachable from the sub navigation, has its own address and tab title, is
    // marked as the current one, and passes axe (onPage runs it).
    const tabs = page.getByRole("navigation", { name: "Referral sections" });
    const current = () => tabs.locator('[aria-current="page"]').innerText();
    expect(await current()).toBe("Progress");
    expect(await page.getByRole("heading", { name: "What to do next" }).count()).toBe(1);
    expect(await page.getByRole("heading", { name: "Timeline" }).count()).toBe(0);
    const visit = async (tab: string, path: string) => {
      await tabs.getByRole("link", { name: tab }).click();
      await page.waitForURL((url) => url.pathname === path);
      await onPage(name);
      expect(await current()).toBe(tab);
      expect(await page.title()).toMatch(new RegExp(`^${name} – ${tab} – `));
    };
    await visit("Referral details", `${referralPath}/details`);
    expect(await page.getByRole("heading", { name: "Reason for referral" }).count()).toBe(1);
    expect(await page.getByRole("heading", { name: "What to do next" }).count()).toBe(0);

    await visit("Case notes", `${referralPath}/notes`);
    await page
      .getByRole("textbox", { name: "Add a case note" })
      .fill("Left a voicemail; will try again tomorrow.");
    await click("Add case note", "button");
    await expect.poll(() => page.getByText("Left a voicemail; will try again tomorrow.").count()).toBe(1);

    await visit("Timeline", `${referralPath}/timeline`);
    await expect.poll(() => page.getByText("Referral sent", { exact: true }).count()).toBeGreaterThan(0);

    // An action started from Progress returns there.
    await visit("Progress", referralPath);
    await click("Assign a caseworker");
    await onPage("Assign a caseworker");
    await check("Priya Shah");
    await click("Assign", "button");
    await onPage(name);
    expect(new URL(page.url()).pathname).toBe(referralPath);
    expect(await current()).toBe("Progress");
  });

  it("another officer withdraws a referral with a reason", async () => {
    const { referral } = await sentReferral("user-officer-hackney");
    const name = `Alex ${referral.answers.person.lastName}`;
    await signInAs(page, "Jo Baker");
    await onPage("Welcome, Jo Baker");
    await click("Your referrals");
    await onPage("Your referrals");
    await click(name);
    await onPage(name);
    await click("Withdraw referral");
    await onPage("Withdraw this referral");
    await click("Withdraw referral", "button");
    await seeError("Select the reason for withdrawing the referral");
    await check("Moved out of area");
    await click("Withdraw referral", "button");
    await onPage(name);
    expect(await page.getByText("Referral withdrawn").count()).toBeGreaterThan(0);
    expect(await page.getByText(/Moved out of area/).count()).toBe(1);
  });

  it("the provider's inbox shows tabs and the outbox page shows the e-mail", async () => {
    const { referral } = await sentReferral();
    await signInAs(page, "Priya Shah");
    await open(page, "/provider/referrals?tab=open&sort=oldest&overdue=false");
    await onPage("Referrals");
    await open(page, "/outbox");
    await onPage("E-mail outbox");
    expect(await page.getByText(`New referral ${referral.reference}`).count()).toBe(1);
  });
});
