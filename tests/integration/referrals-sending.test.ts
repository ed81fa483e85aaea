import { ulid } from "ulid";
import { afterEach, describe, expect, it } from "vitest";
import { referralItem } from "#functions/referrals/repository.ts";
import type { StoredReferral } from "#functions/referrals/stored.ts";
import { referencePattern } from "#shared/referrals/reference.ts";
import { addWorkingDays } from "#shared/time/index.ts";
import { api, setClock, tokenFor } from "../support/api.ts";
import { portalNow } from "../support/opportunities.ts";
import {
  completeAnswers,
  fillDraft,
  getItem,
  partition,
  putItems,
  sentReferral,
  startDraft,
} from "../support/referrals.ts";
import { auditKeys } from "#functions/platform/data/audit.ts";
import { referenceClaimKind, referralKind } from "#functions/referrals/items.ts";

describe("referrals: drafts, sending and references", () => {
  afterEach(() => setClock({ offsetMs: 0 }));

  it("sends a complete draft with a human reference and starts the SLA clocks in working days", async () => {
    const before = await portalNow();
    const { referral } = await sentReferral();
    expect(referral.status).toBe("sent");
    expect(referral.reference).toMatch(referencePattern);
    const clocks = Object.fromEntries(
      referral.sla.map((c: { id: string; dueAt: string }) => [c.id, c.dueAt]),
    );
    const sentAt = new Date(referral.sentAt);
    expect(sentAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(clocks.firstContact).toBe(addWorkingDays(sentAt, 2).toISOString());
    expect(clocks.initialAssessment).toBe(addWorkingDays(sentAt, 10).toISOString());
    const claim = await getItem(referenceClaimKind.key({ reference: referral.reference }));
    expect(claim?.referralId).toBe(referral.id);
    // The draft's time to live goes once it is sent.
    const stored = await getItem(referralKind.key({ id: referral.id }));
    expect(stored?.expiresAt).toBeUndefined();
  });

  it("gives a draft a 90-day time to live and reports section statuses as it fills", async () => {
    const { token, draft } = await startDraft();
    const stored = await getItem(referralKind.key({ id: draft.id }));
    expect(stored?.expiresAt).toBe(Math.floor(Date.parse(draft.createdAt) / 1000) + 90 * 86_400);
    expect(draft.sectionStatuses.person).toBe("not-started");
    const partial = await api("PUT", `/api/referrals/${draft.id}/sections/person`, {
      token,
      body: { crn: "X123456", version: draft.version },
    });
    expect(partial.status).toBe(200);
    expect(partial.body.sectionStatuses.person).toBe("in-progress");
    const unfinished = await api("PUT", `/api/referrals/${draft.id}/sections/person`, {
      token,
      body: { crn: "X123456", finished: true, version: partial.body.version },
    });
    expect(unfinished.status).toBe(400);
    expect(unfinished.body.errors.map((e: { path: string }) => e.path)).toContain("firstName");
  });

  it("refuses bad answers with 400 naming the field, in plain English", async () => {
    const { token, draft } = await startDraft();
    const now = await portalNow();
    const answers = await completeAnswers();
    const save = (section: string, body: object) =>
      api("PUT", `/api/referrals/${draft.id}/sections/${section}`, {
        token,
        body: { ...body, version: draft.version, finished: true },
      });
    const cases: [string, object, string, RegExp][] = [
      ["person", { ...answers.person, crn: "123456" }, "crn", /one letter and six digits/],
      [
        "person",
        { ...answers.person, dateOfBirth: `${now.getUTCFullYear() - 17}-01-01` },
        "dateOfBirth",
        /18 or older/,
      ],
      ["requirement", { ...answers.requirement, enforceableDays: 0 }, "enforceableDays", /at least 1/],
      ["requirement", { ...answers.requirement, enforceableDays: 41 }, "enforceableDays", /40 or fewer/],
      [
        "requirement",
        { ...answers.requirement, completionDeadline: "2020-01-01" },
        "completionDeadline",
        /future/,
      ],
    ];
    for (const [section, body, field, message] of cases) {
      const res = await save(section, body);
      expect(res.status, field).toBe(400);
      expect(res.body.errors).toEqual([{ path: field, message: expect.stringMatching(message) }]);
    }
  });

  it("will not send an incomplete draft, and lists what is missing by section", async () => {
    const { token, draft } = await startDraft();
    const res = await api("POST", `/api/referrals/${draft.id}/send`, {
      token,
      body: { version: draft.version },
    });
    expect(res.status).toBe(400);
    expect(res.body.detail).toBe("Complete every section before you send the referral.");
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain("person.crn");
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain("reason.reason");
  });

  it("warns (never blocks) when the OGRS score is below 25%", async () => {
    const { token, draft } = await startDraft();
    const res = await api("PUT", `/api/referrals/${draft.id}/sections/risk`, {
      token,
      body: {
        roshLevel: "low",
        ogrsScore: 12,
        riskSummary: "Low risk",
        version: draft.version,
        finished: true,
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.ogrsWarning).toBe(true);
    expect(res.body.sectionStatuses.risk).toBe("completed");
  });

  it("replays the same referral for a second send with the same Idempotency-Key", async () => {
    const { token, draft } = await startDraft();
    const { version } = await fillDraft(token, draft);
    const key = `send-${ulid()}`;
    const send = () =>
      api("POST", `/api/referrals/${draft.id}/send`, {
        token,
        body: { version },
        headers: { "idempotency-key": key },
      });
    const first = await send();
    const second = await send();
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    expect(second.body.reference).toBe(first.body.reference);
    // Only one reference was claimed and one send recorded.
    const trail = await partition(auditKeys.trail("referral", draft.id));
    expect(trail.filter((e) => e.action === "referral-sent")).toHaveLength(1);
    // Without the key, a second send is a conflict, not a second referral.
    const again = await api("POST", `/api/referrals/${draft.id}/send`, { token, body: { version } });
    expect(again.status).toBe(409);
  });

  it("gives 200 referrals sent at once 200 different references", async () => {
    const now = await portalNow();
    const answers = await completeAnswers();
    const drafts: StoredReferral[] = Array.from({ length: 200 }, () => ({
      id: ulid(),
      status: "draft",
      interventionId: "contract-bridge-accommodation-low",
      interventionTitle: "Keep your home",
      contractId: "contract-bridge-accommodation",
      organisationId: "org-bridge-housing",
      organisationName: "Bridge Housing Trust",
      needAreaId: "accommodation",
      tierId: "low",
      tiersOffered: ["low", "medium", "high"],
      officer: { userId: "user-officer-hackney", name: "Jo Baker" },
      pdu: "hackney-and-city",
      answers,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      actionPlans: [],
      sessions: [],
      version: 1,
    }));
    await putItems(drafts.map(referralItem));
    const token = await tokenFor("user-officer-hackney");
    // All 200 go at once. DynamoDB Local on this machine cannot open 200 connections in time, so a send
    // may answer 503 and is retried; a retry of a send that did commit finds it sent (409) and reads it.
    const send = async (id: string) => {
      let sent = false;
      for (let attempt = 1; ; attempt += 1) {
        const res: Awaited<ReturnType<typeof api>> = sent
          ? await api("GET", `/api/referrals/${id}`, { token })
          : await api("POST", `/api/referrals/${id}/send`, { token, body: { version: 1 } });
        sent ||= res.status === 409;
        if (res.status === 200 || (res.status !== 503 && res.status !== 409) || attempt === 40) return res;
        await new Promise((resolve) =>
          setTimeout(resolve, Math.min(5_000, 250 * attempt) * (0.5 + Math.random())),
        );
      }
    };
    const results = await Promise.all(drafts.map((d) => send(d.id)));
    expect(results.map((r) => r.status)).toEqual(drafts.map(() => 200));
    const references = results.map((r) => r.body.reference as string);
    expect(new Set(references).size).toBe(200);
    for (const reference of references) expect(reference).toMatch(referencePattern);
    const claims = await Promise.all(
      references.map((ref) => getItem(referenceClaimKind.key({ reference: ref }))),
    );
    expect(claims.map((c) => c?.referralId)).toEqual(results.map((r) => r.body.id));
    expect(results.map((r) => r.body.id)).toEqual(drafts.map((d) => d.id));
    // Each was sent exactly once.
    const trails = await Promise.all(drafts.map((d) => partition(auditKeys.trail("referral", d.id))));
    expect(trails.map((t) => t.filter((e) => e.action === "referral-sent").length)).toEqual(
      drafts.map(() => 1),
    );
  }, 180_000);
});
