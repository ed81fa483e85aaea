import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { api } from "../support/api.ts";
import { journeySteps, open, signInAs, usePortalPages } from "../support/browser.ts";
import { referralInDelivery } from "../support/delivery.ts";
import { sentReferral } from "../support/referrals.ts";
import { soon } from "../support/soon.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});

const { onPage, click } = journeySteps(() => page);

/* Issue 17 items 5 and 7 through the officer's pages (the dashboard's tabs: tests/browser/officer-tabs.test.ts). */
let restricted: { id: string; name: string; crn: string } | undefined;

describe("restricted people and concerns on the officer's pages", () => {
  it("Sam restricts a person to Nia Okafor and the provider; the referral shows it is restricted", async () => {
    const { referral } = await sentReferral("user-officer-camden");
    restricted = {
      id: referral.id,
      name: `Alex ${referral.answers.person.lastName}`,
      crn: referral.answers.person.crn,
    };
    await signInAs(page, "Sam Rowe");
    await open(page, `/referrals/${referral.id}`);
    await onPage(restricted.name);
    await click("Restrict access");
    await onPage("Restrict access");
    await page
      .getByLabel("Staff IDs of people who may see them", { exact: true })
      .fill("user-officer-camden-2");
    await page.getByLabel(/The provider delivering it/).check();
    await click("Restrict access", "button");
    await onPage(restricted.name);
    expect(
      await page.getByText("Access to this person’s referrals is restricted.", { exact: false }).count(),
    ).toBe(1);
    expect(await page.locator(".govuk-tag", { hasText: "Restricted" }).count()).toBeGreaterThan(0);
  });

  it("Tom Reyes, of the same PDU, is told it does not exist and does not find it by CRN", async () => {
    await signInAs(page, "Tom Reyes");
    await open(page, `/referrals/${restricted!.id}`);
    await onPage("Page not found");
    await open(page, `/referrals?q=${restricted!.crn}`);
    await onPage("Your referrals");
    await expect
      .poll(() => page.getByText(/referrals? shown/).count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(await page.getByText(restricted!.name).count()).toBe(0);
  });

  it("Nia Okafor, named, finds it by CRN marked Restricted and opens it", async () => {
    await signInAs(page, "Nia Okafor");
    await open(page, `/referrals?q=${restricted!.crn}`);
    await onPage("Your referrals");
    await expect
      .poll(() => page.getByRole("link", { name: restricted!.name }).count(), { timeout: 15_000 })
      .toBe(1);
    expect(await page.locator("tbody .govuk-tag", { hasText: "Restricted" }).count()).toBe(1);
    await click(restricted!.name);
    await onPage(restricted!.name);
  });

  it("a concern the provider raised is highlighted until Sam marks it seen", async () => {
    const delivery = await referralInDelivery();
    await delivery.assessed();
    await delivery.approvedPlan(2);
    const start = await soon(2);
    await delivery.provider("sessions", {
      at: start.at,
      durationMinutes: 60,
      format: "one-to-one",
      method: "phone",
    });
    await start.started();
    await delivery.provider("sessions/1/feedback", {
      attendance: "did-not-attend",
      absenceReason: "unacceptable",
      notifyOfficer: true,
      concerns: "Did not come and did not answer the phone.",
    });
    const name = `Alex ${delivery.referral.answers.person.lastName}`;
    await signInAs(page, "Sam Rowe");
    await open(page, `/referrals?tab=unassigned`);
    await onPage("Your referrals");
    const row = page.getByRole("row").filter({ hasText: name });
    await expect
      .poll(() => row.locator(".govuk-tag", { hasText: "New concern" }).count(), { timeout: 15_000 })
      .toBe(1);
    await click(name);
    await onPage(name);
    await click("Mark as seen (session 1)", "button");
    await onPage(name);
    expect(await page.getByText("You marked the concern about session 1 as seen.").count()).toBe(1);
    expect(await page.getByText(/Marked as seen by Sam Rowe/).count()).toBe(1);
    const after = await api("GET", `/api/referrals/${delivery.referral.id}`, { token: delivery.token });
    expect(after.body.unseenConcerns).toBe(0);
    await open(page, `/referrals?tab=unassigned`);
    await onPage("Your referrals");
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    expect(await row.locator(".govuk-tag", { hasText: "New concern" }).count()).toBe(0);
  });
});
