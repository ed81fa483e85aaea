import { ulid } from "ulid";
import { describe, expect, it } from "vitest";
import { withoutKeys } from "#functions/platform/data/item.ts";
import { referralItem } from "#functions/referrals/repository.ts";
import type { StoredReferral } from "#functions/referrals/stored.ts";
import { api, tokenFor } from "../support/api.ts";
import { notificationsLinkingTo } from "../support/notifications.ts";
import { getItem, partition, putItems, sentReferral, startDraft } from "../support/referrals.ts";
import { auditKeys } from "#functions/platform/data/audit.ts";
import { referralKind } from "#functions/referrals/items.ts";

const provider = { bridge: "user-provider-bridge", pathways: "user-provider-pathways" } as const;

describe("who may see and change a referral", () => {
  it("hides a referral from other providers and other PDUs' officers: 404 for every read and write", async () => {
    const { referral } = await sentReferral("user-officer-camden");
    const path = `/api/referrals/${referral.id}`;
    const v = { version: referral.version };
    const writes: [string, object][] = [
      ["assign", { caseworkerId: "user-provider-pathways", ...v }],
      ["first-contact", { contactedAt: referral.sentAt, method: "phone", ...v }],
      [
        "assessment",
        { at: "2099-01-01T10:00:00.000Z", durationMinutes: 60, format: "group", method: "video", ...v },
      ],
      ["assessment/outcome", { attendance: "attended", ...v }],
      ["action-plan", { activities: ["x"], sessions: 1, ...v }],
      [
        "sessions",
        { at: "2099-01-01T10:00:00.000Z", durationMinutes: 60, format: "group", method: "video", ...v },
      ],
      ["sessions/1/feedback", { attendance: "attended", whatHappened: "x", notifyOfficer: false, ...v }],
      [
        "end-of-service-report",
        { outcomes: [{ outcome: "x", achievement: "achieved", progress: "x" }], furtherWork: "x", ...v },
      ],
      ["complete", v],
      ["notes", { text: "Not mine" }],
    ];
    const outsiders = [
      { who: "another provider", token: await tokenFor(provider.pathways), writes },
      {
        who: "an officer in another PDU",
        token: await tokenFor("user-officer-cardiff"),
        writes: [
          ["withdraw", { reasonId: "ineligible", ...v }],
          ["notes", { text: "Not mine" }],
        ] as [string, object][],
      },
    ];
    for (const { who, token, writes: theirs } of outsiders) {
      for (const read of ["", "/notes", "/timeline"]) {
        const res = await api("GET", `${path}${read}`, { token });
        expect(res.status, `${who} GET ${read}`).toBe(404);
        expect(JSON.stringify(res.body)).not.toContain("Murray");
      }
      for (const [suffix, body] of theirs) {
        const res = await api("POST", `${path}/${suffix}`, { token, body });
        expect(res.status, `${who} POST ${suffix}`).toBe(404);
      }
    }
    // Nothing changed, and no note was added.
    const owner = await api("GET", path, { token: await tokenFor("user-officer-camden") });
    expect(owner.body.version).toBe(referral.version);
    expect(owner.body.caseworker).toBeUndefined();
    const notes = await api("GET", `${path}/notes`, { token: await tokenFor(provider.bridge) });
    expect(notes.body.items).toEqual([]);
  });

  it("lets the provider it was sent to and the officer's PDU colleagues see it, and audits each read", async () => {
    const { referral } = await sentReferral("user-officer-camden");
    const path = `/api/referrals/${referral.id}`;
    const bridge = await api("GET", path, { token: await tokenFor(provider.bridge) });
    expect(bridge.status).toBe(200);
    expect(bridge.body.answers.person.lastName).toBe(referral.answers.person.lastName);
    const reads = await partition(auditKeys.trail("referral-access", referral.id));
    expect(reads.map((e) => [e.action, e.actor.userId])).toContainEqual(["referral-viewed", provider.bridge]);
    expect(reads.every((e) => typeof e.at === "string")).toBe(true);
  });

  it("keeps a draft to its author, and another officer's referral out of reach in another PDU", async () => {
    const { draft } = await startDraft("user-officer-camden");
    const colleague = await tokenFor("user-officer-hackney");
    expect((await api("GET", `/api/referrals/${draft.id}`, { token: colleague })).status).toBe(404);
    const save = await api("PUT", `/api/referrals/${draft.id}/sections/reason`, {
      token: colleague,
      body: { reason: "Mine now", version: draft.version },
    });
    expect(save.status).toBe(404);
    expect(
      (await api("GET", `/api/referrals/${draft.id}`, { token: await tokenFor(provider.bridge) })).status,
    ).toBe(404);
  });

  it("lets officers in the same PDU see and withdraw each other's sent referrals, and no one else", async () => {
    const { referral } = await sentReferral("user-officer-hackney");
    const camden = await tokenFor("user-officer-camden");
    expect((await api("GET", `/api/referrals/${referral.id}`, { token: camden })).status).toBe(404);
    // A colleague of Sam's in Camden and Islington sent this one (written as the send would store it).
    const stored = await getItem(referralKind.key({ id: referral.id }));
    const colleagues = {
      ...withoutKeys<StoredReferral>(stored!),
      id: ulid(),
      officer: { userId: "user-officer-camden-2", name: "Kim Lee" },
      pdu: "camden-and-islington",
    };
    await putItems([referralItem(colleagues)]);
    const seen = await api("GET", `/api/referrals/${colleagues.id}`, { token: camden });
    expect(seen.status).toBe(200);
    const withdrawn = await api("POST", `/api/referrals/${colleagues.id}/withdraw`, {
      token: camden,
      body: { reasonId: "sentence-revoked", version: colleagues.version },
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.withdrawal.by.name).toBe("Sam Rowe");
  });

  it("answers 404 for an id that is not a referral at all", async () => {
    const sam = await tokenFor("user-officer-camden");
    for (const id of ["not-a-referral", "01ARZ3NDEKTSV4RRFFQ69G5FAV"]) {
      expect((await api("GET", `/api/referrals/${id}`, { token: sam })).status).toBe(404);
    }
  });

  it("never shows a commissioner a referral or the lists of them", async () => {
    const { referral } = await sentReferral();
    const helen = await tokenFor("user-commissioner-london");
    for (const path of [
      `/api/referrals/${referral.id}`,
      "/api/referrals",
      "/api/referrals/inbox",
      `/api/referrals/${referral.id}/notes`,
    ]) {
      const res = await api("GET", path, { token: helen });
      expect([403, 404], path).toContain(res.status);
      expect(JSON.stringify(res.body)).not.toContain(referral.answers.person.lastName);
    }
  });

  it("lets both sides add case notes and read each other's", async () => {
    const { referral, token: sam } = await sentReferral();
    const priya = await tokenFor(provider.bridge);
    const path = `/api/referrals/${referral.id}/notes`;
    expect((await api("POST", path, { token: priya, body: { text: "Left a voicemail." } })).status).toBe(201);
    expect((await api("POST", path, { token: sam, body: { text: "Best reached after 2pm." } })).status).toBe(
      201,
    );
    const empty = await api("POST", path, { token: sam, body: { text: "  " } });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0]).toEqual({ path: "text", message: "Enter the case note" });
    const seen = await api("GET", path, { token: priya });
    expect(
      seen.body.items.map((n: { text: string; author: { role: string } }) => [n.author.role, n.text]),
    ).toEqual([
      ["provider", "Left a voicemail."],
      ["responsible-officer", "Best reached after 2pm."],
    ]);
    // The provider's notice opens the referral's Case notes sub-page, where the note is.
    expect(
      (await notificationsLinkingTo(provider.bridge, `/provider/referrals/${referral.id}/notes`)).map(
        (n) => n.title,
      ),
    ).toEqual([`New case note on ${referral.reference}`]);
  });

  it("lets a provider assign only its own caseworkers", async () => {
    const { referral } = await sentReferral();
    const priya = await tokenFor(provider.bridge);
    const workers = await api("GET", "/api/referrals/caseworkers", { token: priya });
    expect(workers.body.items).toContainEqual({ userId: provider.bridge, name: "Priya Shah" });
    expect(workers.body.items.map((w: { userId: string }) => w.userId)).not.toContain(provider.pathways);
    const res = await api("POST", `/api/referrals/${referral.id}/assign`, {
      token: priya,
      body: { caseworkerId: provider.pathways, version: referral.version },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe("caseworkerId");
  });
});
