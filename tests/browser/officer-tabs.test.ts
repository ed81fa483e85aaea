import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { withoutKeys } from "#functions/platform/data/item.ts";
import { referralKind } from "#functions/referrals/items.ts";
import { referralItem } from "#functions/referrals/repository.ts";
import type { StoredReferral } from "#functions/referrals/stored.ts";
import { journeySteps, open, signInAs, usePortalPages } from "../support/browser.ts";
import { getItem, putItems, sentReferral } from "../support/referrals.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});

const { onPage, click } = journeySteps(() => page);

/**
 * Sam's unassigned tab with more than a page in it: one referral sent through the API, and 21 older
 * copies of it stored directly (sending 21 through the API would take minutes on this machine).
 */
const fullTab = async () => {
  const { referral } = await sentReferral();
  const stored = withoutKeys<StoredReferral>((await getItem(referralKind.key({ id: referral.id })))!);
  const copies = Array.from({ length: 21 }, (_, n) => {
    const at = new Date(Date.UTC(2026, 0, 1, 9, n)).toISOString();
    const person = { ...stored.answers.person, lastName: `Older${String(n).padStart(2, "0")}` };
    return referralItem({
      ...stored,
      id: `${referral.id}-older-${n}`,
      answers: { ...stored.answers, person },
      updatedAt: at,
    });
  });
  await putItems(copies);
  return referral;
};

describe("the officers' dashboard tabs (issue 17 item 6)", () => {
  it("Sam walks the tabs, pages, switches to the PDU's referrals, searches, opens a referral and comes back", async () => {
    const referral = await fullTab();
    const name = `Alex ${referral.answers.person.lastName}`;
    await signInAs(page, "Sam Rowe");
    await open(page, "/referrals");
    await onPage("Your referrals");
    await expect.poll(() => page.getByRole("link", { name }).count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByText("Unassigned: your referrals").count()).toBe(1);

    // Newest first: the older copies are pages on, after whatever other test files sent Sam since.
    const older = () => page.getByRole("link", { name: /Alex Older/ }).count();
    let pages = 0;
    do {
      await click("Next page");
      await onPage("Your referrals");
      pages += 1;
    } while (pages < 20 && (await older()) === 0);
    expect(await older()).toBeGreaterThan(0);
    expect(await page.getByRole("link", { name }).count()).toBe(0);

    for (const tab of ["Open", "Plans to approve", "Completed", "Cancelled", "Drafts", "Unassigned"]) {
      await click(tab);
      await onPage("Your referrals");
      await expect
        .poll(() => page.locator("[aria-current=page]", { hasText: tab }).count(), { timeout: 15_000 })
        .toBe(1);
    }

    await page.getByLabel("My PDU’s referrals").check();
    await click("Apply", "button");
    await onPage("Your referrals");
    await expect
      .poll(() => page.getByText("Unassigned: your PDU's referrals").count(), { timeout: 15_000 })
      .toBe(1);
    await expect.poll(() => page.getByRole("link", { name }).count(), { timeout: 15_000 }).toBe(1);

    await page.getByLabel("Search by name, CRN or reference").fill(referral.reference);
    await click("Search", "button");
    await onPage("Your referrals");
    await expect
      .poll(() => page.getByText(`Referrals in your PDU matching “${referral.reference}”`).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    await click(name);
    await onPage(name);
    await click("Your referrals");
    await onPage("Your referrals");
  }, 300_000);
});
