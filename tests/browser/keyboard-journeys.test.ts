import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";
import { journeySteps, open, usePortalPages } from "../support/browser.ts";
import { keyboardSteps } from "../support/keyboard.ts";
import { publishedOpportunity } from "../support/opportunities.ts";
import { sentReferral } from "../support/referrals.ts";

/*
 * Each role's main journey with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys; no
 * clicks): the skip link comes first, every stop shows GOV.UK's focus style, focus lands on the new
 * page's heading (or the error summary, or the success banner) after each step, nothing traps focus,
 * and changes after the page shows are in a status region. Every page is also checked with axe and
 * for reflow at 320 px (onPage).
 */

let page: Page;
usePortalPages((p) => {
  page = p;
});

const { onPage } = journeySteps(() => page);
const keys = keyboardSteps(() => page);
const { press, tabTo, tabToNamed, tabToField, expectFocusMoved } = keys;

/** The text of the page's status regions (role="status"), for what has just been announced. */
const statusText = () =>
  page
    .getByRole("status")
    .allTextContents()
    .then((texts) => texts.join(" | "));

/** Opens the sign-in page, checks the skip link is first, and signs in as `name` from the keyboard. */
const signInWithKeyboard = async (name: string, home: string) => {
  await open(page, "/sign-in");
  await onPage("Sign in");
  await keys.expectSkipLinkFirst();
  await tabToNamed("Sign in");
  await press("Enter");
  // The local OpenID Provider's login page: choose the demo user, then type the demo password.
  await page.waitForURL((url) => url.pathname.startsWith("/oidc/interaction/"));
  await tabToNamed(`Choose ${name}`);
  await press("Enter");
  await page.waitForURL((url) => url.searchParams.has("email"));
  // With the e-mail filled in, the login page puts focus on the password.
  await page.keyboard.type("demo");
  await press("Enter");
  await expectFocusMoved(home);
  await onPage(home);
};

/** Follows the focused link or button with Enter and checks focus is on the new page's `<h1>`. */
const follow = async (heading: string) => {
  await press("Enter");
  await expectFocusMoved(heading);
  await onPage(heading);
  expect(await page.title()).toMatch(new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} – `));
};

// A Tab press is checked on the page each time, so a journey takes longer than a clicked one.
describe("keyboard-only journeys", { timeout: 300_000 }, () => {
  it("a responsible officer finds an intervention, starts a referral and saves its risk section", async () => {
    await signInWithKeyboard("Sam Rowe", "Welcome, Sam Rowe");
    await tabToNamed("Find an intervention and make a referral");
    await follow("Find an intervention");

    await tabToField("needArea");
    await keys.arrowToOption("accommodation");
    await tabToField("pdu");
    await keys.arrowToOption("camden-and-islington");
    await tabToField("tier");
    await keys.arrowToOption("low");
    await tabToNamed("Search");
    // Shift+Tab goes back to the last filter, and Tab forward to the button again.
    const last = await tabTo(() => true, { backwards: true, max: 1 });
    expect(["select", "input"]).toContain(last.tag);
    await tabToNamed("Search", { max: 1 });
    await press("Space");
    await expect.poll(statusText, { timeout: 15_000 }).toMatch(/Showing \d+ interventions?/);
    await onPage("Find an intervention");

    await tabToNamed("Keep your home");
    await follow("Keep your home");
    await tabToNamed("Refer someone to this intervention");
    await follow("Make a referral");
    await tabToNamed("Risk");
    await follow("Risk");
    await keys.expectNoTrap();

    // Saving with nothing filled in puts focus on the error summary; its first link leads to the field.
    await tabToNamed("Save and continue");
    await press("Enter");
    await expectFocusMoved("Risk", "error summary");
    expect(await page.title()).toMatch(/^Error: Risk – /);
    await tabTo((f) => f.inErrorSummary && f.tag === "a");
    await press("Enter");
    await expect.poll(async () => (await keys.focused()).type).toBe("radio");
    await keys.arrowToRadio("Medium");
    await tabToField("ogrsScore");
    await page.keyboard.type("18");
    await tabToField("riskSummary");
    await page.keyboard.type("Medium risk to staff when intoxicated.");
    await tabToNamed("Save and continue");
    await follow("Make a referral");
    await expect
      .poll(() => page.locator(".govuk-task-list__item", { hasText: "Risk" }).textContent())
      .toMatch(/Completed/);
  });

  it("a provider opens a new referral from the inbox and assigns a caseworker", async () => {
    const { referral } = await sentReferral();
    await signInWithKeyboard("Priya Shah", "Your organisation");
    await tabToNamed("Referrals to your contracts");
    await follow("Referrals");
    await expect.poll(statusText, { timeout: 15_000 }).toMatch(/\d+ referrals? shown/);

    // Search for it by its reference: the results are announced.
    await tabToField("q");
    await page.keyboard.type(referral.reference);
    await press("Enter");
    await expect.poll(statusText, { timeout: 15_000 }).toMatch(/^1 referral shown$/);
    await onPage("Referrals");
    const opened = await tabTo((f) => f.href === `/provider/referrals/${referral.id}`);
    await follow(opened.name);

    await tabToNamed("Assign a caseworker");
    await follow("Assign a caseworker");
    await tabToNamed("Assign");
    await press("Enter");
    await expectFocusMoved("Assign a caseworker", "error summary");
    await tabTo((f) => f.type === "radio");
    await keys.arrowToRadio("Priya Shah");
    await tabToNamed("Assign");
    await press("Enter");
    // Back on the referral's page, whose saved banner is announced (role="alert").
    await expectFocusMoved(opened.name, "heading or banner");
    expect(await page.locator(".govuk-notification-banner--success").getAttribute("role")).toBe("alert");
    await expect
      .poll(() => page.locator(".govuk-notification-banner--success").textContent())
      .toContain("Caseworker assigned");
    await onPage(new RegExp(`^${opened.name}`));
  });

  it("a commissioner filters opportunities, opens one and decides to cancel it", async () => {
    const title = `Keyboard journey ${Date.now()}`;
    // The soonest deadline, so it heads the list whatever other tests have published in London.
    const opportunity = await publishedOpportunity({
      title,
      needAreaId: "social-inclusion",
      clarificationDeadline: new Date(Date.now() + 86_400_000).toISOString(),
      submissionDeadline: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    });
    // The local gateway loads a context's handlers on its first call, which on a loaded machine can
    // outlast a page's wait: load the bids context now, as a deployed Lambda would already be.
    await api("GET", `/api/opportunities/${opportunity.id}/bids`, {
      token: await tokenFor("user-commissioner-london"),
    });
    await signInWithKeyboard("Helen Carter", "Welcome, Helen Carter");
    await tabToNamed("Opportunities in your regions");
    await follow("Opportunities");

    await tabToField("needArea");
    await keys.arrowToOption("social-inclusion");
    await tabToNamed("Apply filters");
    await press("Enter");
    await expect.poll(statusText, { timeout: 15_000 }).toMatch(/\d+ opportunit(y|ies) shown/);
    await onPage("Opportunities");
    await tabTo((f) => f.href === `/opportunities/${opportunity.id}`);
    await follow(title);

    await tabToNamed("Cancel this opportunity");
    await follow("Cancel this opportunity");
    await tabToNamed("Cancel opportunity");
    await press("Enter");
    await expectFocusMoved("Cancel this opportunity", "error summary");
    await tabTo((f) => f.inErrorSummary && f.name === "Enter the reason for cancelling");
    await press("Enter");
    await expect.poll(async () => (await keys.focused()).id).toBe("reason");
    await page.keyboard.type("The need is now met by another contract.");
    await tabToNamed("Cancel opportunity");
    await press("Enter");
    await expectFocusMoved(title, "heading or banner");
    expect(await page.locator(".govuk-notification-banner--success").getAttribute("role")).toBe("alert");
    await expect
      .poll(() => page.locator(".govuk-notification-banner--success").textContent())
      .toContain("Opportunity cancelled");
    await onPage(title);
  });
});
