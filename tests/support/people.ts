import { expect } from "vitest";
import { allItems, api, gatewayUrl, tokenFor } from "./api.ts";
import { type TokenSet, tokenRequest } from "../../infra/local/oidc/password-client.ts";

/** The password invitees choose in tests (long enough for the portal's rule). */
export const inviteePassword = "correct horse battery staple";

let counter = 0;
/** A unique e-mail address for a person a test invites. */
export const newEmail = (who = "invitee") => `${who}.${Date.now()}.${(counter += 1)}@example.org`;

/** Priya (administrator of Bridge Housing) invites a person; returns the invitation as answered. */
export const invite = async (body: { name: string; email: string; roles: string[] }, adminToken?: string) => {
  const res = await api("POST", "/api/organisation/invitations", {
    token: adminToken ?? (await tokenFor("user-provider-bridge")),
    body,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; email: string; expiresAt: string };
};

/** The newest invitation link e-mailed to `email`, read from the local outbox (as a person reads their inbox). */
export const invitationLink = async (email: string): Promise<string> => {
  const outbox = await allItems(
    "/api/notifications/outbox?limit=100",
    await tokenFor("user-commissioner-london"),
  );
  const sent = outbox.filter(
    (e: { to: string[]; subject: string }) =>
      e.to.includes(email) && e.subject.startsWith("You have been invited"),
  );
  const token = (sent[0]?.body as string | undefined)?.match(
    /\/invitations\/([0-9A-Z]+\.[A-Za-z0-9_-]+)/,
  )?.[1];
  if (!token) throw new Error(`No invitation e-mail for ${email}`);
  return token;
};

/** Accepts an invitation link as the invitee would. */
export const accept = (token: string, name: string, password = inviteePassword) =>
  api("POST", `/api/invitation-links/${token}/accept`, { body: { name, password } });

/**
 * Signs an invited person in and returns their ID token. The ONE place tests sign an invitee in: today
 * through the local token endpoint's password grant (the local equivalent of Cognito's
 * USER_PASSWORD_AUTH); the lead switches it to the local OpenID Provider at merge.
 */
export const signInInvitee = async (email: string, password = inviteePassword): Promise<string> => {
  // The password grant: the local twin of Cognito's USER_PASSWORD_AUTH (ADR 0024), as tokenFor uses.
  const res = await tokenRequest(gatewayUrl(), {
    grant_type: "password",
    username: email,
    password,
    scope: "openid email profile",
  });
  if (!res.ok) throw new Error(`Could not sign in as ${email}: ${res.status}`);
  return ((await res.json()) as TokenSet).id_token;
};

/** Invites, reads the link from the outbox, accepts and signs in: a new member with `roles`. */
export const newMember = async (roles: string[], name = "Casey Worker") => {
  const email = newEmail();
  await invite({ name, email, roles });
  const token = await invitationLink(email);
  const accepted = await accept(token, name);
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
  return { email, userId: accepted.body.userId as string, token: await signInInvitee(email) };
};

/**
 * Signs an invited person in to the web app through the local OpenID Provider's login page (code +
 * PKCE), with the e-mail and password they chose when they accepted.
 */
export const signInInviteeInBrowser = async (
  page: import("playwright-core").Page,
  person: { email: string; name: string; userId: string },
  password = inviteePassword,
) => {
  await page.context().clearCookies({ name: /^_(session|interaction)/ });
  await page.goto(`${gatewayUrl()}/sign-in`);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/oidc/interaction/"));
  await page.getByLabel("Email address").fill(person.email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL((url) => !/^\/(sign-in|auth\/callback|oidc\/)/.test(url.pathname));
};

/** A framework administrator (Helen Carter) invites an officer into a PDU; they accept. Returns the new officer. */
export const newOfficer = async (pdu = "camden-and-islington", name = "Owen Officer") => {
  const email = newEmail("officer");
  const res = await api("POST", "/api/staff/invitations", {
    token: await tokenFor("user-commissioner-london"),
    body: { name, email, role: "responsible-officer", regions: [], pdu },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const accepted = await accept(await invitationLink(email), name);
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
  return { email, userId: accepted.body.userId as string };
};

/**
 * The e-mail addresses a bids e-mail to the administrator's organisation goes to: its administrators and
 * bid writers as its member list now reads (other test files may have invited more).
 */
export const bidRecipients = async (adminUserId: string): Promise<string[]> => {
  const res = await api("GET", "/api/organisation/members", { token: await tokenFor(adminUserId) });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body.members as { email: string; roles: string[] }[])
    .filter((m) => m.roles.includes("organisation-admin") || m.roles.includes("bid-writer"))
    .map((m) => m.email)
    .sort();
};
