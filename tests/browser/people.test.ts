import type { Page, Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";
import { journeySteps, open, signInAs, usePortalPages } from "../support/browser.ts";
import { publishedOpportunity } from "../support/opportunities.ts";
import {
  invitationLink,
  inviteePassword,
  newEmail,
  newOfficer,
  signInInviteeInBrowser,
} from "../support/people.ts";
import { sentReferral } from "../support/referrals.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});
const { onPage, seeError, click } = journeySteps(() => page);

describe("people: an organisation's administrator and its members", () => {
  it("Priya invites a caseworker, who accepts, is assigned a referral and cannot open bid pages", async () => {
    const email = newEmail("caseworker");
    const name = "Jamie Rivers";
    await signInAs(page, "Priya Shah");
    await click("People");
    await onPage("People");
    await click("Invite a person");
    await onPage("Invite a person");
    await click("Send invitation", "button");
    await seeError("Enter the person's full name");
    await page.getByLabel("Full name").fill(name);
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Caseworker").check();
    await click("Send invitation", "button");
    await onPage("Invitation sent");
    await click("Back to people");
    await onPage("People");
    expect(await page.getByText(email).count()).toBe(1);

    // The invitee opens the link from the e-mail (the local outbox), signed out.
    const token = await invitationLink(email);
    await page.evaluate(() => window.sessionStorage.clear());
    await open(page, `/invitations/${token}`);
    await onPage("Join Bridge Housing Trust");
    expect(await page.getByText(/Priya Shah has invited you/).count()).toBe(1);
    await page.getByLabel("Choose a password").fill("short");
    await click("Accept and create account", "button");
    await seeError("Password must be 12 characters or more");
    await page.getByLabel("Choose a password").fill(inviteePassword);
    await click("Accept and create account", "button");
    await onPage("Your account is ready");

    // The link works once: opened again it says so and creates nothing.
    await open(page, `/invitations/${token}`);
    await onPage("This invitation link no longer works");

    // Priya assigns them a referral; they see it, and a bid page is not there for them.
    const members = await api("GET", "/api/organisation/members", {
      token: await tokenFor("user-provider-bridge"),
    });
    const userId = members.body.members.find((m: { email: string }) => m.email === email).userId as string;
    const { referral } = await sentReferral();
    const assigned = await api("POST", `/api/referrals/${referral.id}/assign`, {
      token: await tokenFor("user-provider-bridge"),
      body: { caseworkerId: userId, version: referral.version },
    });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    const requests: Request[] = [];
    page.on("request", (request) => requests.push(request));
    await signInInviteeInBrowser(page, { email, name, userId });
    // Code + PKCE, as in the cloud: the challenge on the way out, its verifier with the code.
    const authorize = requests.find((r) => new URL(r.url()).pathname === "/oidc/auth");
    const outward = new URL(authorize?.url() ?? "http://none/").searchParams;
    expect(outward.get("response_type")).toBe("code");
    expect(outward.get("code_challenge_method")).toBe("S256");
    expect(outward.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const exchange = requests.find(
      (r) => r.method() === "POST" && new URL(r.url()).pathname === "/oidc/token",
    );
    const form = new URLSearchParams(exchange?.postData() ?? "");
    expect(form.get("grant_type")).toBe("authorization_code");
    expect(form.get("code_verifier")).toMatch(/^[A-Za-z0-9._~-]{43,128}$/);
    await open(page, `/provider/referrals/${referral.id}`);
    await onPage(/^(?!Page not found).+/);
    expect(await page.getByText(assigned.body.reference).count()).toBeGreaterThan(0);
    const opportunity = await publishedOpportunity();
    await open(page, `/opportunities/${opportunity.id}/bid`);
    await onPage("Page not found");
  });

  it("Priya removes a bid writer, who can then do nothing", async () => {
    await signInAs(page, "Priya Shah");
    await click("People");
    await onPage("People");
    await click("Ben Hughes");
    await onPage("Ben Hughes");
    expect(await page.getByText(/will lose access straight away/).count()).toBe(1);
    await click("Remove Ben Hughes", "button");
    await onPage("People");
    expect(await page.getByText("Ben Hughes has been removed").count()).toBe(1);
    expect(await page.getByRole("link", { name: "Ben Hughes" }).count()).toBe(0);
    const ben = await api("GET", "/api/me", { token: await tokenFor("user-provider-bridge-bids") });
    expect(ben.status).toBe(403);
  });

  it("a framework administrator invites a responsible officer into a PDU", async () => {
    const email = newEmail("officer");
    await signInAs(page, "Helen Carter");
    await click("Staff");
    await onPage("Staff");
    await click("Invite a member of staff");
    await onPage("Invite a member of staff");
    await page.getByLabel("Full name").fill("Robin Officer");
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Responsible officer", { exact: true }).check();
    await click("Send invitation", "button");
    await seeError("Select the officer's probation delivery unit");
    await page.getByLabel("Probation delivery unit (responsible officers)").selectOption("hackney-and-city");
    await click("Send invitation", "button");
    await onPage("Staff");
    expect(await page.getByText(`Invitation sent to ${email}`).count()).toBe(1);
    expect(await page.getByText(/Hackney and City/).count()).toBeGreaterThan(0);

    const token = await invitationLink(email);
    await page.evaluate(() => window.sessionStorage.clear());
    await open(page, `/invitations/${token}`);
    await onPage("Join the Probation Service");
    await page.getByLabel("Choose a password").fill(inviteePassword);
    await click("Accept and create account", "button");
    await onPage("Your account is ready");
  });

  it("a framework administrator moves an officer to another PDU and is told it is done", async () => {
    const officer = await newOfficer("camden-and-islington", "Dana Moves");
    await signInAs(page, "Helen Carter");
    await click("Staff");
    await onPage("Staff");
    await click("Dana Moves");
    await onPage("Dana Moves");
    const pdu = page.getByLabel("Probation delivery unit");
    expect(await pdu.inputValue()).toBe("camden-and-islington");
    await pdu.selectOption("");
    await click("Save changes", "button");
    await seeError("Select the officer's probation delivery unit");
    await pdu.selectOption("hackney-and-city");
    await click("Save changes", "button");
    await onPage("Staff");
    expect(await page.getByText("Dana Moves’s details have been changed").count()).toBe(1);
    const row = page.getByRole("row").filter({ hasText: officer.email });
    expect(await row.textContent()).toContain("Hackney and City");
  });
});
