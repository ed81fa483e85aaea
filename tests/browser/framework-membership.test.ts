import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";
import { expectNoAxeViolations, signInAs, usePortalPages } from "../support/browser.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});

const supplier = "Money Matters London";
const membershipApi = "/api/framework/suppliers/org-money-matters/membership";
const heading = () => page.getByRole("heading", { level: 1 });

// A failed run must not leave a supplier other files bid with suspended.
afterAll(async () => {
  const token = await tokenFor("user-commissioner-london");
  const current = await api("GET", membershipApi, { token });
  if (current.body?.status === "suspended")
    await api("POST", membershipApi, { token, body: { action: "reinstate", reason: "Test over." } });
});

describe("membership of the dynamic market (issue 20, item 4)", () => {
  it("a framework administrator suspends a supplier with a ground and a reason; it reads why; the suspension is lifted", async () => {
    await signInAs(page, "Helen Carter");
    await page.getByRole("link", { name: "Suppliers", exact: true }).click();
    await expect.poll(() => heading().textContent()).toBe("Suppliers on the dynamic market");
    const row = page.locator("tbody tr", { hasText: supplier });
    expect(await row.locator(".govuk-tag").textContent()).toBe("Active");
    await expectNoAxeViolations(page);

    await row.getByRole("link", { name: supplier }).click();
    await expect.poll(() => heading().textContent()).toBe("Membership of the dynamic market");
    await expectNoAxeViolations(page);
    // Errors first: no action chosen, then a suspension with no ground or reason.
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect.poll(() => page.locator(".govuk-error-summary").textContent()).toContain("Select suspend");
    await expectNoAxeViolations(page);
    await page.getByRole("radio", { name: "Suspend" }).check();
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect
      .poll(() => page.locator(".govuk-error-summary").textContent())
      .toContain("Select the ground for suspending or removing the supplier");
    await page.getByRole("radio", { name: "An entry on the central debarment list" }).check();
    await page
      .getByLabel("Reason", { exact: true })
      .fill("Listed on the central debarment list on 20 November.");
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect
      .poll(() => page.locator(".govuk-notification-banner").textContent())
      .toContain(`${supplier} has been suspended and told why`);
    expect(await page.locator(".govuk-summary-list").textContent()).toContain("Suspended");
    await expectNoAxeViolations(page);

    await signInAs(page, "Leah Grant");
    await page.goto(new URL("/framework/membership", page.url()).toString());
    await expect.poll(() => heading().textContent()).toBe("Your membership of the dynamic market");
    expect(await page.locator(".govuk-summary-list").textContent()).toContain(
      "Listed on the central debarment list on 20 November.",
    );
    expect(
      await page
        .locator(".govuk-inset-text", { hasText: "While your organisation is suspended" })
        .textContent(),
    ).toContain("cannot bid");
    await expectNoAxeViolations(page);

    await signInAs(page, "Helen Carter");
    await page.goto(new URL("/framework/suppliers/org-money-matters/membership", page.url()).toString());
    await expect.poll(() => heading().textContent()).toBe("Membership of the dynamic market");
    await page.getByRole("radio", { name: "Lift the suspension" }).check();
    await page.getByLabel("Reason", { exact: true }).fill("Removed from the debarment list on appeal.");
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect
      .poll(() => page.locator(".govuk-notification-banner").textContent())
      .toContain(`${supplier}’s suspension has been lifted`);
    expect(await page.locator(".govuk-summary-list").textContent()).toContain("Active");
  });
});
