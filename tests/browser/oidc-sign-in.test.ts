import type { Page, Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { demoTotpSecrets } from "../../infra/local/oidc/account-source.ts";
import { currentTotp, demoTokens, tokenRequest } from "../../infra/local/oidc/password-client.ts";
import { gatewayUrl } from "../support/api.ts";
import { accept, invitationLink, invite, signInInviteeInBrowser } from "../support/people.ts";
import { shortLivedLogin, shortLivedSeconds } from "../support/short-lived.ts";
import { expectNoAxeViolations, open, signInAs, usePortalPages } from "../support/browser.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});

const heading = () => page.getByRole("heading", { level: 1 });
const toLoginPage = async () => {
  await open(page, "/sign-in");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/oidc/interaction/"));
};
const logIn = async (name: string, password: string) => {
  await page.getByRole("button", { name: `Choose ${name}`, exact: true }).click();
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Continue" }).click();
};

describe("signing in at the local OpenID Provider", () => {
  it("uses the authorisation code flow with PKCE, as in the cloud", async () => {
    const requests: Request[] = [];
    page.on("request", (request) => requests.push(request));
    await toLoginPage();
    const authorize = new URL(requests.find((r) => new URL(r.url()).pathname === "/oidc/auth")?.url() ?? "");
    expect(authorize.searchParams.get("response_type")).toBe("code");
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);

    await logIn("Priya Shah", "wrong password");
    await expect
      .poll(() => page.locator(".govuk-error-summary").textContent())
      .toContain("The email address or password is not right");
    expect(await page.title()).toBe("Error: Sign in – Dynamic Framework Portal – GOV.UK");
    await expectNoAxeViolations(page);

    await logIn("Priya Shah", "demo");
    await expect.poll(() => heading().textContent()).toBe("Your organisation");
    const token = requests.find((r) => r.method() === "POST" && new URL(r.url()).pathname === "/oidc/token");
    const form = new URLSearchParams(token?.postData() ?? "");
    expect(form.get("grant_type")).toBe("authorization_code");
    expect(form.get("code_verifier")).toMatch(/^[A-Za-z0-9._~-]{43,128}$/);
  });

  it("asks for the authenticator app's code from someone who has set one up", async () => {
    await toLoginPage();
    await logIn("Rhys Morgan", "demo");
    await expect.poll(() => heading().textContent()).toBe("Enter the code from your authenticator app");
    await expectNoAxeViolations(page);
    await page.getByLabel("Security code").fill("12345");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect
      .poll(() => page.locator(".govuk-error-summary").textContent())
      .toContain("The code is not right");
    await expectNoAxeViolations(page);
    await page
      .getByLabel("Security code")
      .fill(currentTotp(demoTotpSecrets["user-commissioner-wales"] ?? ""));
    await page.getByRole("button", { name: "Continue" }).click();
    await expect.poll(() => heading().textContent()).toBe("Welcome, Rhys Morgan");
  });
});

describe("sessions", () => {
  it("warns an idle person in a dialog, lets them stay, then signs them out", async () => {
    // A short idle timeout for this test only (warned after 4 s idle; 16 s of warning leaves room for axe
    // and the click before the sign-out): /config.json as the gateway writes it, with shorter timings.
    await page.route("**/config.json", async (route) => {
      const config = (await (await route.fetch()).json()) as Record<string, unknown>;
      await route.fulfill({ json: { ...config, idleTimeoutSeconds: 20, idleWarningSeconds: 16 } });
    });
    await signInAs(page, "Helen Carter");
    await expect.poll(() => heading().textContent()).toBe("Welcome, Helen Carter");
    const dialog = page.getByRole("dialog", { name: "You are about to be signed out" });
    await dialog.waitFor({ timeout: 15_000 });
    // The modal dialog has focus (on its first control) and the page behind it is inert.
    expect(await page.evaluate(() => document.activeElement?.closest("dialog") !== null)).toBe(true);
    expect(await dialog.textContent()).toMatch(/sign you out in \d+ seconds/);
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Stay signed in" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await heading().textContent()).toBe("Welcome, Helen Carter");

    await page.waitForURL((url) => url.pathname === "/sign-in", { timeout: 90_000 });
    await expect
      .poll(() => page.getByText("We signed you out because you had not used the portal").count())
      .toBe(1);
  });

  it("signs out at the provider too, so signing in again asks who you are", async () => {
    await signInAs(page, "Sam Rowe");
    await expect.poll(() => heading().textContent()).toBe("Welcome, Sam Rowe");
    await page.getByRole("link", { name: "Sign out", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await expect.poll(() => page.getByText("You have signed out.").count()).toBe(1);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/oidc/interaction/"));
    await expect.poll(() => heading().textContent()).toBe("Sign in");
  });

  it("signs out on every device: the person's other refresh tokens stop working", async () => {
    const otherDevice = await demoTokens(gatewayUrl(), "user-provider-pathways");
    await signInAs(page, "Tom Ellis");
    await page.getByRole("link", { name: "Sign out everywhere" }).click();
    await expect.poll(() => heading().textContent()).toBe("Sign out on every device");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await expect.poll(() => page.getByText("You have signed out on every device.").count()).toBe(1);
    const refused = await tokenRequest(gatewayUrl(), {
      grant_type: "refresh_token",
      refresh_token: otherDevice.refresh_token,
    });
    expect(refused.status).toBe(400);
  });

  it("renews the session silently: past its first token's expiry the page still works, without signing in", async () => {
    // Tokens for this domain live shortLivedSeconds in the test stack; everyone else's an hour.
    const email = `renewal.${Date.now()}@short-lived.example.org`;
    expect(email).toMatch(shortLivedLogin);
    await invite({ name: "Renee Wal", email, roles: ["caseworker"] });
    const accepted = await accept(await invitationLink(email), "Renee Wal");
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    const requests: Request[] = [];
    page.on("request", (request) => requests.push(request));
    await signInInviteeInBrowser(page, { email, name: "Renee Wal", userId: accepted.body.userId });
    const signedInAt = Date.now();
    await page.getByRole("link", { name: "Referrals", exact: true }).first().click();
    await expect.poll(() => heading().textContent()).toBe("Referrals");

    // Someone at work: a key press now and then, until the first ID token has expired.
    while (Date.now() - signedInAt < (shortLivedSeconds + 5) * 1000) {
      await page.keyboard.press("Shift");
      await page.waitForTimeout(5_000);
    }
    await page.getByRole("link", { name: "Home", exact: true }).first().click();
    await page.getByRole("link", { name: "Referrals", exact: true }).first().click();
    await expect.poll(() => heading().textContent()).toBe("Referrals");
    expect(new URL(page.url()).pathname).not.toMatch(/^\/(sign-in|oidc)/);
    await expectNoAxeViolations(page);
    const grants = requests
      .filter((r) => r.method() === "POST" && new URL(r.url()).pathname === "/oidc/token")
      .map((r) => new URLSearchParams(r.postData() ?? "").get("grant_type"));
    expect(grants.filter((g) => g === "authorization_code")).toHaveLength(1);
    expect(grants.filter((g) => g === "refresh_token").length).toBeGreaterThanOrEqual(2);
  });
});
