import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { formatCalendarDate } from "#shared/time/calendar-date.ts";
import { londonDate } from "#shared/time/index.ts";
import { journeySteps, open, signInAs, usePortalPages } from "../support/browser.ts";
import { reopenMarket } from "../support/market.ts";
import { portalNow } from "../support/opportunities.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});
const { onPage, seeError, click, fillDate } = journeySteps(() => page);
// The stack is shared: the market must be open again (and the clock at the real time) for the files after.
afterAll(reopenMarket);

const mainText = async () => (await page.locator("main").textContent()) ?? "";

describe("ending the dynamic market through the pages (issue 20)", () => {
  it("an administrator announces the end, publishes the cessation notice, and a visitor finds it", async () => {
    const closesOn = londonDate(new Date((await portalNow()).getTime() + 45 * 86_400_000));
    const [year, month, day] = closesOn.split("-");
    const marker = `wind-down ${Date.now().toString(36)}`;
    const reason = `Services move to a national dynamic market (${marker}).`;

    await signInAs(page, "Helen Carter");
    await click("Applications");
    await onPage("Applications to decide");
    await click("End the dynamic market");
    await onPage("End the dynamic market");
    await click("Continue", "button");
    await seeError("Write why the dynamic market is ending");
    await fillDate("closesOn", { day: String(Number(day)), month: String(Number(month)), year: year! });
    await page.locator("#reason").fill(reason);
    await click("Continue", "button");
    await onPage("Check your answers before you end the dynamic market");
    expect(await mainText()).toContain(formatCalendarDate(closesOn));
    await click("End the dynamic market", "button");
    await onPage("The end of the dynamic market is announced");
    expect(await mainText()).toContain(`It closes on ${formatCalendarDate(closesOn)}`);

    // The cessation notice is now due on the market's notices page.
    await click("Go to the dynamic market's notices");
    await onPage("Notices");
    await click("Draft the dynamic market notice: cessation", "button");
    await onPage("Review the dynamic market notice: cessation");
    expect(await page.locator("#description").inputValue()).toBe(reason);
    await click("Publish notice", "button");
    await onPage("Notice published");

    // The framework pages carry the closing date.
    await open(page, "/framework/applications");
    await onPage("Applications to decide");
    await expect
      .poll(() => page.locator(".govuk-notification-banner").textContent())
      .toContain(`This dynamic market closes on ${formatCalendarDate(closesOn)}`);

    // Signed out, a visitor finds the notice in the public register.
    await page.evaluate(() => window.sessionStorage.clear());
    await open(page, "/");
    await click("Public notices");
    await onPage("Public notices");
    await page.locator("#text").fill(marker);
    // Every kind the register holds can be chosen, contract management's notices too.
    expect(await page.getByLabel("Kind of notice").locator("option").allTextContents()).toEqual(
      expect.arrayContaining([
        "Contract change notice",
        "Contract performance notice",
        "Contract termination notice",
      ]),
    );
    await page.getByLabel("Kind of notice").selectOption("dynamicMarketCessation");
    await click("Search notices", "button");
    await expect
      .poll(() => page.getByRole("link", { name: "Dynamic market notice: cessation" }).count())
      .toBe(1);
    await click("Dynamic market notice: cessation");
    await onPage("Dynamic market notice: cessation");
    const notice = await mainText();
    expect(notice).toContain(reason);
    expect(notice).toContain(formatCalendarDate(closesOn));
    expect(notice).toMatch(/continue until they end/);
  });
});
