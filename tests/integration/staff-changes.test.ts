import { describe, expect, it } from "vitest";
import { type TokenSet, tokenRequest } from "../../infra/local/oidc/password-client.ts";
import { api, gatewayUrl, tokenFor } from "../support/api.ts";
import { accept, invitationLink, inviteePassword, newEmail, newOfficer } from "../support/people.ts";
import { fillDraft, officers, sentReferral } from "../support/referrals.ts";

/**
 * Issue 16, "after a role change the next request sees it", for probation staff: the staff record is
 * read on every request (ADR 0025 "Update"), so a token issued before a change already works as after it.
 */
const helen = () => tokenFor("user-commissioner-london");

/** Signs an invited person in with the password grant; answers every token, refresh token included. */
const tokensOf = async (email: string): Promise<TokenSet> => {
  const res = await tokenRequest(gatewayUrl(), {
    grant_type: "password",
    username: email,
    password: inviteePassword,
    scope: "openid email profile",
  });
  expect(res.status).toBe(200);
  return (await res.json()) as TokenSet;
};

const change = async (userId: string, body: Record<string, unknown>) => {
  const res = await api("PUT", `/api/staff/${userId}`, { token: await helen(), body });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};

const me = async (token: string) => (await api("GET", "/api/me", { token })).body.user;

describe("a change to a member of staff reaches their very next request", () => {
  it("an officer moved to another PDU is in the new PDU with the token they already hold", async () => {
    const officer = await newOfficer("camden-and-islington", "Pat Mover");
    const { id_token: token } = await tokensOf(officer.email);
    expect(await me(token)).toMatchObject({ pdu: "camden-and-islington" });

    await change(officer.userId, { regions: [], pdu: "hackney-and-city", frameworkAdmin: false, version: 1 });

    expect(await me(token)).toMatchObject({ pdu: "hackney-and-city", regions: ["london"] });
  });

  it("a commissioner given another region and the framework-admin flag can use both at once", async () => {
    const email = newEmail("commissioner");
    const invited = await api("POST", "/api/staff/invitations", {
      token: await helen(),
      body: { name: "Cora Moved", email, role: "commissioner", regions: ["wales"], frameworkAdmin: false },
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    const accepted = await accept(await invitationLink(email), "Cora Moved");
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    const { id_token: token } = await tokensOf(email);
    expect((await api("GET", "/api/staff", { token })).status).toBe(403);

    await change(accepted.body.userId, { regions: ["wales", "london"], frameworkAdmin: true, version: 1 });

    expect(await me(token)).toMatchObject({ regions: ["wales", "london"], frameworkAdmin: true });
    expect((await api("GET", "/api/staff", { token })).status).toBe(200);
  });

  it("a removed member of staff is refused on their next request, and their refresh token is dead", async () => {
    const officer = await newOfficer("camden-and-islington", "Rem Oved");
    const tokens = await tokensOf(officer.email);
    expect((await api("GET", "/api/me", { token: tokens.id_token })).status).toBe(200);

    expect((await api("DELETE", `/api/staff/${officer.userId}`, { token: await helen() })).status).toBe(200);

    const refused = await api("GET", "/api/me", { token: tokens.id_token });
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toMatch(/no longer active/);
    const refreshed = await tokenRequest(gatewayUrl(), {
      grant_type: "refresh_token",
      refresh_token: tokens.refresh_token,
    });
    expect(refreshed.status).toBe(400);
    expect(((await refreshed.json()) as { error: string }).error).toBe("invalid_grant");
  });
});

describe("an officer who moves PDU (PRODUCT.md: an officer sees the referrals they made, and their PDU's)", () => {
  it("keeps their referrals; the PDU they were made in keeps seeing them, the new PDU does not", async () => {
    const officer = await newOfficer("camden-and-islington", "Mo Ving");
    const { id_token: token } = await tokensOf(officer.email);
    const draft = await api("POST", "/api/referrals", {
      token,
      body: { interventionId: "contract-bridge-accommodation-low" },
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const { version } = await fillDraft(token, draft.body);
    const sent = await api("POST", `/api/referrals/${draft.body.id}/send`, { token, body: { version } });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const camdenColleagues = await sentReferral(officers.camden);
    const hackneyColleagues = await sentReferral(officers.hackney);

    await change(officer.userId, { regions: [], pdu: "hackney-and-city", frameworkAdmin: false, version: 1 });

    const sees = async (who: string, id: string) =>
      (await api("GET", `/api/referrals/${id}`, { token: who })).status;
    // The mover: their own referral, and now Hackney's, no longer Camden's (same token as before the move).
    expect(await sees(token, draft.body.id)).toBe(200);
    expect(await sees(token, hackneyColleagues.referral.id)).toBe(200);
    expect(await sees(token, camdenColleagues.referral.id)).toBe(404);
    // The referral stays with the PDU it was made in.
    expect(await sees(await tokenFor(officers.camden), draft.body.id)).toBe(200);
    expect(await sees(await tokenFor(officers.hackney), draft.body.id)).toBe(404);
    // Their search is of the new PDU's referrals.
    const search = await api(
      "GET",
      `/api/referrals?q=${encodeURIComponent(hackneyColleagues.referral.reference)}`,
      {
        token,
      },
    );
    expect(search.status, JSON.stringify(search.body)).toBe(200);
    expect(search.body.items.map((r: { id: string }) => r.id)).toContain(hackneyColleagues.referral.id);
  });
});
