import { describe, expect, it } from "vitest";
import { auditKeys } from "#functions/platform/data/audit.ts";
import { allItems, api, tokenFor } from "../support/api.ts";
import { notificationsLinkingTo } from "../support/notifications.ts";
import { fillDraft, partition, sentReferral, startDraft } from "../support/referrals.ts";

/* Issue 17 item 5: a restricted person's referrals exist only for those the restriction names. */

const sam = "user-officer-camden";
const nia = "user-officer-camden-2";
const tom = "user-officer-camden-3";
const bridge = "user-provider-bridge";

const restrict = async (referral: { id: string; version: number }, body: object, as = sam) =>
  api("PUT", `/api/referrals/${referral.id}/restriction`, {
    token: await tokenFor(as),
    body: { allowedUserIds: [], allowedTeams: [], excludedUserIds: [], ...body, version: referral.version },
  });

const reads = (id: string) => ["", "/notes", "/timeline", "/changes"].map((s) => `/api/referrals/${id}${s}`);

describe("restricted people", () => {
  it("hides the referral from a colleague of the same PDU on every read, list and search, and shows it to the one named", async () => {
    const { referral } = await sentReferral(sam);
    const crn = referral.answers.person.crn as string;
    const restricted = await restrict(referral, {
      allowedUserIds: [nia],
      allowedTeams: ["org-bridge-housing"],
    });
    expect(restricted.status, JSON.stringify(restricted.body)).toBe(200);
    expect(restricted.body.restriction.allowedUserIds).toEqual([nia]);

    const tomToken = await tokenFor(tom);
    for (const path of reads(referral.id)) {
      const res = await api("GET", path, { token: tomToken });
      expect(res.status, `Tom GET ${path}`).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain(referral.answers.person.lastName);
    }
    const note = await api("POST", `/api/referrals/${referral.id}/notes`, {
      token: tomToken,
      body: { text: "Should not be written" },
    });
    expect(note.status).toBe(404);
    const tomSearch = await allItems(`/api/referrals?q=${crn}`, tomToken);
    expect(tomSearch.map((r) => r.id)).not.toContain(referral.id);

    const niaToken = await tokenFor(nia);
    for (const path of reads(referral.id)) {
      expect((await api("GET", path, { token: niaToken })).status, `Nia GET ${path}`).toBe(200);
    }
    const niaSearch = await allItems(`/api/referrals?q=${crn}`, niaToken);
    expect(niaSearch.find((r) => r.id === referral.id)?.restricted).toBe(true);
    const inbox = await allItems(`/api/referrals/inbox?q=${crn}`, await tokenFor(bridge));
    expect(inbox.map((r) => r.id)).toContain(referral.id);

    // Each decision, allowed or refused, is in the referral's restriction trail.
    const trail = await partition(auditKeys.trail("referral-restriction", referral.id));
    const decisions = trail.map((e) => [e.actor.userId, e.action]);
    expect(decisions).toContainEqual([tom, "restricted-access-refused"]);
    expect(decisions).toContainEqual([nia, "restricted-access-allowed"]);
  });

  it("refuses only the excluded people when nobody is named as allowed, and can be lifted", async () => {
    const { referral } = await sentReferral(sam);
    const restricted = await restrict(referral, { excludedUserIds: [tom] });
    expect(restricted.status, JSON.stringify(restricted.body)).toBe(200);
    const path = `/api/referrals/${referral.id}`;
    expect((await api("GET", path, { token: await tokenFor(tom) })).status).toBe(404);
    expect((await api("GET", path, { token: await tokenFor(nia) })).status).toBe(200);
    expect((await api("GET", path, { token: await tokenFor(bridge) })).status).toBe(200);

    // A stale version is a conflict; the latest one lifts the restriction.
    expect((await restrict(referral, { excludedUserIds: [] })).status).toBe(409);
    const lifted = await restrict(restricted.body, {});
    expect(lifted.status, JSON.stringify(lifted.body)).toBe(200);
    expect(lifted.body.restriction).toBeUndefined();
    expect((await api("GET", path, { token: await tokenFor(tom) })).status).toBe(200);
  });

  it("restricts the person's earlier referrals at once and their later ones from the moment they are sent, telling nobody left out", async () => {
    const first = await sentReferral(sam);
    const crn = first.referral.answers.person.crn as string;
    const { token, draft } = await startDraft(sam);
    const filled = await fillDraft(token, draft);
    const samePerson = await api("PUT", `/api/referrals/${draft.id}/sections/person`, {
      token,
      body: { ...filled.answers.person, crn, finished: true, version: filled.version },
    });
    expect(samePerson.status, JSON.stringify(samePerson.body)).toBe(200);

    const second = await sentReferral(sam);
    const secondSamePerson = await api("GET", `/api/referrals/${second.referral.id}`, { token });
    expect(secondSamePerson.status).toBe(200);
    // Restricting from the first referral: nobody at the provider is named.
    expect((await restrict(first.referral, { allowedUserIds: [nia] })).status).toBe(200);
    expect(
      (await api("GET", `/api/referrals/${first.referral.id}`, { token: await tokenFor(bridge) })).status,
    ).toBe(404);

    const sent = await api("POST", `/api/referrals/${draft.id}/send`, {
      token,
      body: { version: samePerson.body.version },
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body.restriction.allowedUserIds).toEqual([nia]);
    const bridgeToken = await tokenFor(bridge);
    expect((await api("GET", `/api/referrals/${draft.id}`, { token: bridgeToken })).status).toBe(404);
    const inbox = await allItems("/api/referrals/inbox?tab=unassigned", bridgeToken);
    expect(inbox.map((r) => r.id)).not.toContain(draft.id);
    expect(inbox.map((r) => r.id)).toContain(second.referral.id);
    expect(await notificationsLinkingTo(bridge, `/provider/referrals/${draft.id}`)).toEqual([]);
  });
});
