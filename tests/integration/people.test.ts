import { afterEach, describe, expect, it } from "vitest";
import { membershipKind } from "#functions/platform/data/shared-items.ts";
import { api, setClock, tokenFor } from "../support/api.ts";
import { accept, invitationLink, invite, newEmail, newMember, signInInvitee } from "../support/people.ts";
import { getItem, sentReferral } from "../support/referrals.ts";
import { publishedOpportunity } from "../support/opportunities.ts";

const priya = () => tokenFor("user-provider-bridge");

describe("people: invitations", () => {
  afterEach(() => setClock({ offsetMs: 0 }));

  it("invite → accept: the invitee becomes a member with the roles they were given and can sign in", async () => {
    const email = newEmail();
    const invitation = await invite({ name: "Ali Khan", email, roles: ["caseworker"] });
    const listed = await api("GET", "/api/organisation/members", { token: await priya() });
    expect(listed.body.invitations.map((i: { id: string }) => i.id)).toContain(invitation.id);

    const token = await invitationLink(email);
    const view = await api("GET", `/api/invitation-links/${token}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ name: "Ali Khan", invitedBy: "Priya Shah", roles: ["caseworker"] });
    expect(view.body.into).toMatch(/Bridge Housing/);

    const accepted = await accept(token, "Ali Khan");
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    const membership = await getItem(membershipKind.key({ userId: accepted.body.userId }));
    expect(membership).toMatchObject({ organisationId: "org-bridge-housing", roles: ["caseworker"] });

    const after = await api("GET", "/api/organisation/members", { token: await priya() });
    expect(after.body.invitations.map((i: { id: string }) => i.id)).not.toContain(invitation.id);
    expect(after.body.members.map((m: { email: string }) => m.email)).toContain(email);

    const me = await api("GET", "/api/me", { token: await signInInvitee(email) });
    expect(me.body.user).toMatchObject({ name: "Ali Khan", role: "provider" });

    // The link works once.
    const again = await accept(token, "Ali Khan");
    expect(again.status).toBe(410);
    expect(again.body.detail).toMatch(/already been used/);
  });

  it("an expired, revoked or replaced link answers clearly and creates nothing", async () => {
    const admin = await priya();
    const expiredEmail = newEmail("expired");
    await invite({ name: "Old Link", email: expiredEmail, roles: ["bid-writer"] }, admin);
    const expiredToken = await invitationLink(expiredEmail);
    await setClock({ offsetMs: 7 * 24 * 3_600_000 + 60_000 });
    const expired = await accept(expiredToken, "Old Link");
    expect(expired.status).toBe(410);
    expect(expired.body.detail).toMatch(/expired/);
    await setClock({ offsetMs: 0 });

    const revokedEmail = newEmail("revoked");
    const revoked = await invite({ name: "Never Mind", email: revokedEmail, roles: ["bid-writer"] }, admin);
    const revokedToken = await invitationLink(revokedEmail);
    expect((await api("POST", `/api/invitations/${revoked.id}/revoke`, { token: admin })).status).toBe(200);
    const refused = await accept(revokedToken, "Never Mind");
    expect(refused.status).toBe(410);
    expect(refused.body.detail).toMatch(/withdrawn/);

    const resentEmail = newEmail("resent");
    const resent = await invite({ name: "Second Try", email: resentEmail, roles: ["caseworker"] }, admin);
    const oldToken = await invitationLink(resentEmail);
    expect((await api("POST", `/api/invitations/${resent.id}/resend`, { token: admin })).status).toBe(200);
    const newToken = await invitationLink(resentEmail);
    expect(newToken).not.toBe(oldToken);
    expect((await accept(oldToken, "Second Try")).status).toBe(410);

    const unknown = await api("GET", "/api/invitation-links/NOPE.nope");
    expect(unknown.status).toBe(404);

    // Nothing was created for any refused link: none of them can sign in.
    for (const email of [expiredEmail, revokedEmail]) {
      await expect(signInInvitee(email)).rejects.toThrow();
    }
    expect((await accept(newToken, "Second Try")).status).toBe(201);
  });
});

describe("people: members and roles", () => {
  it("only administrators manage members (403), and another organisation's member is not found (404)", async () => {
    const ben = await tokenFor("user-provider-bridge-bids");
    expect((await api("GET", "/api/organisation/members", { token: ben })).status).toBe(403);
    const inviteByBen = await api("POST", "/api/organisation/invitations", {
      token: ben,
      body: { name: "X", email: newEmail(), roles: ["caseworker"] },
    });
    expect(inviteByBen.status).toBe(403);
    const tom = await tokenFor("user-provider-pathways");
    expect((await api("GET", "/api/organisation/members/user-provider-bridge", { token: tom })).status).toBe(
      404,
    );
    expect(
      (await api("DELETE", "/api/organisation/members/user-provider-bridge-bids", { token: tom })).status,
    ).toBe(404);
  });

  it("a role change applies on the member's next request with the same token; a removed member is refused", async () => {
    const member = await newMember(["caseworker"], "Robin Role");
    const opportunity = await publishedOpportunity();
    const bidPath = `/api/opportunities/${opportunity.id}/bid`;
    const before = await api("GET", bidPath, { token: member.token });
    expect(before.status).toBe(403);
    expect(before.body.detail).toMatch(/bid writer/);

    const admin = await priya();
    const changed = await api("PUT", `/api/organisation/members/${member.userId}/roles`, {
      token: admin,
      body: { roles: ["caseworker", "bid-writer"] },
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect((await api("GET", bidPath, { token: member.token })).status).toBe(200);

    const removed = await api("DELETE", `/api/organisation/members/${member.userId}`, { token: admin });
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    const next = await api("GET", "/api/me", { token: member.token });
    expect(next.status).toBe(403);
    expect(next.body.detail).toMatch(/no longer a member/);
    await expect(signInInvitee(member.email)).rejects.toThrow();
  });

  it("only caseworkers can be assigned, and a member with open referrals cannot be removed until they are reassigned", async () => {
    const bidWriter = await newMember(["bid-writer"], "Bea Writer");
    const caseworker = await newMember(["caseworker"], "Cai Worker");
    const admin = await priya();
    const { referral } = await sentReferral();

    const wrong = await api("POST", `/api/referrals/${referral.id}/assign`, {
      token: admin,
      body: { caseworkerId: bidWriter.userId, version: referral.version },
    });
    expect(wrong.status).toBe(400);
    const list = await api("GET", "/api/referrals/caseworkers", { token: admin });
    const ids = list.body.items.map((c: { userId: string }) => c.userId);
    expect(ids).toContain(caseworker.userId);
    expect(ids).not.toContain(bidWriter.userId);

    const assigned = await api("POST", `/api/referrals/${referral.id}/assign`, {
      token: admin,
      body: { caseworkerId: caseworker.userId, version: referral.version },
    });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    // The caseworker works on it with their own token; a bid writer may not.
    expect((await api("GET", "/api/referrals/inbox?tab=open", { token: caseworker.token })).status).toBe(200);
    expect((await api("GET", "/api/referrals/inbox?tab=open", { token: bidWriter.token })).status).toBe(403);

    const blocked = await api("DELETE", `/api/organisation/members/${caseworker.userId}`, { token: admin });
    expect(blocked.status).toBe(422);
    expect(blocked.body.detail).toContain(assigned.body.reference);
    const page = await api("GET", `/api/organisation/members/${caseworker.userId}`, { token: admin });
    expect(page.body.openCases).toEqual([{ referralId: referral.id, reference: assigned.body.reference }]);

    const reassigned = await api("POST", `/api/referrals/${referral.id}/assign`, {
      token: admin,
      body: { caseworkerId: "user-provider-bridge", version: assigned.body.version },
    });
    expect(reassigned.status).toBe(200);
    expect(
      (await api("DELETE", `/api/organisation/members/${caseworker.userId}`, { token: admin })).status,
    ).toBe(200);
  });

  it("an organisation keeps at least one administrator", async () => {
    const res = await api("PUT", "/api/organisation/members/user-provider-bridge/roles", {
      token: await priya(),
      body: { roles: ["caseworker"] },
    });
    expect(res.status).toBe(422);
    expect(res.body.detail).toMatch(/at least one administrator/);
  });
});
