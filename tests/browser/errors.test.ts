import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, open, signInAs, usePortalPages } from "../support/browser.ts";

let page: Page;
usePortalPages(
  (p) => {
    page = p;
  },
  { failOnPageErrors: false },
);

const heading = () => page.getByRole("heading", { level: 1 });

describe("error pages", () => {
  it("shows the GOV.UK 'Page not found' page for an unknown address", async () => {
    await open(page, "/this/does/not/exist");
    await expect.poll(() => heading().textContent()).toBe("Page not found");
    expect(await page.getByText("If you typed the web address, check it is correct.").count()).toBe(1);
    expect(await page.title()).toBe("Page not found – Dynamic Framework Portal – GOV.UK");
    await expectNoAxeViolations(page);
  });

  it("shows 'Page not found' inside the signed-in layout too", async () => {
    await signInAs(page, "Sam Rowe");
    await open(page, "/referrals/unknown");
    await expect.poll(() => heading().textContent()).toBe("Page not found");
    await expect.poll(() => page.locator("header").textContent()).toContain("Sam Rowe");
    await expectNoAxeViolations(page);
  });
});

describe("a page that fails", () => {
  // The browser no longer parses answers (ADR 0021): one that breaks its contract fails where a page
  // reads it. That page shows the service problem page inside the layout, and the next page works.
  it("shows the service problem page inside the layout, and the next page loads normally", async () => {
    await page.route("**/api/framework/applications/mine*", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: "{}" }),
    );
    await signInAs(page, "Priya Shah");
    await expect.poll(() => heading().textContent()).toBe("Sorry, there is a problem with the service");
    await expect.poll(() => page.locator("header").textContent()).toContain("Priya Shah");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Notifications" }).click();
    await expect.poll(() => heading().textContent()).toBe("Notifications");
  });
});

describe("signing in and out", () => {
  it("sends someone who is signed out from the home page to sign in", async () => {
    await open(page, "/");
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await expect.poll(() => heading().textContent()).toBe("Sign in");
  });

  it("returns to the sign-in page after signing out, and the home page needs signing in again", async () => {
    await signInAs(page, "Helen Carter");
    await expect.poll(() => heading().textContent()).toBe("Welcome, Helen Carter");
    await page.getByRole("link", { name: "Sign out", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await expect.poll(() => heading().textContent()).toBe("Sign in");
    expect(await page.getByText("You have signed out.").count()).toBe(1);
    expect(await page.getByRole("link", { name: "Sign out", exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await open(page, "/");
    await page.waitForURL((url) => url.pathname === "/sign-in");
  });

  it("ends the session and asks to sign in again when the API rejects the token", async () => {
    await signInAs(page, "Priya Shah");
    await expect.poll(() => heading().textContent()).toBe("Your organisation");
    // Corrupt the stored token, as if it had expired, then reload.
    await page.evaluate(() => {
      const key = "dfp.session";
      const session = JSON.parse(sessionStorage.getItem(key) ?? "{}") as { idToken: string };
      sessionStorage.setItem(key, JSON.stringify({ ...session, idToken: `${session.idToken}x` }));
    });
    await page.reload();
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await expect.poll(() => page.getByText("Your session has ended").count()).toBe(1);
  });
});
