import { describe, expect, it } from "vitest";
import { api } from "../support/api.ts";
import { referralInDelivery } from "../support/delivery.ts";
import { emailsWithSubject, notificationsLinkingTo } from "../support/notifications.ts";
import { completedReferral } from "../support/referral-journey.ts";
import { sentReferral } from "../support/referrals.ts";

const changesOf = async (token: string, id: string) => {
  const res = await api("GET", `/api/referrals/${id}/changes?limit=50`, { token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items;
};

describe("amending a sent referral", () => {
  it("changes desired outcomes and enforceable days with reasons, in a changelog both sides read, and tells the provider", async () => {
    const d = await referralInDelivery();
    const r = d.latest();
    const before = r.answers.intervention.desiredOutcomes as string[];
    const outcomes = [
      "Eviction or loss of accommodation prevented",
      "Settled and suitable accommodation secured for release or by the end of the sentence",
    ];
    expect(before).not.toEqual(outcomes);
    await d.officer("amendments", {
      group: "desired-outcomes",
      desiredOutcomes: outcomes,
      reason: "The person has found a flat; keeping it is what matters now.",
    });
    const amended = await d.officer("amendments", {
      group: "enforceable-days",
      enforceableDays: 12,
      reason: "The court varied the order.",
    });
    expect(amended.answers.intervention.desiredOutcomes).toEqual(outcomes);
    expect(amended.maxEnforceableDays).toBe(12);

    // Both sides read the same changelog: what, from → to, who, when, why.
    for (const token of [d.priya, d.token]) {
      const changes = await changesOf(token, r.id);
      expect(changes).toHaveLength(2);
      expect(changes[0]).toMatchObject({
        group: "desired-outcomes",
        field: "Desired outcomes",
        from: before.join("; "),
        to: outcomes.join("; "),
        reason: "The person has found a flat; keeping it is what matters now.",
        by: { userId: "user-officer-camden", name: "Sam Rowe" },
      });
      expect(changes[1]).toMatchObject({
        field: "Maximum enforceable days",
        from: String(r.answers.requirement.enforceableDays),
        to: "12",
        reason: "The court varied the order.",
      });
      expect(Date.parse(changes[1].at)).toBeGreaterThanOrEqual(Date.parse(changes[0].at));
    }

    // The provider hears in the portal and by e-mail.
    const seen = await notificationsLinkingTo("user-provider-bridge", `/provider/referrals/${r.id}/changes`);
    expect(seen.map((n) => n.title)).toEqual([
      `Referral ${r.reference} amended`,
      `Referral ${r.reference} amended`,
    ]);
    expect(await emailsWithSubject(`Referral ${r.reference} amended`)).toHaveLength(2);
  });

  it("needs a reason of bounded length, and a value that differs", async () => {
    const d = await referralInDelivery();
    const missing = await d.tryOfficer("amendments", { group: "reason", text: "Rent arrears growing." });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([{ path: "reason", message: "Enter the reason for the change" }]);
    const long = await d.tryOfficer("amendments", {
      group: "reason",
      text: "Arrears.",
      reason: "x".repeat(1001),
    });
    expect(long.body.errors).toEqual([
      { path: "reason", message: "The reason must be 1,000 characters or fewer" },
    ]);
    const same = await d.tryOfficer("amendments", {
      group: "enforceable-days",
      enforceableDays: d.latest().answers.requirement.enforceableDays,
      reason: "No change really",
    });
    expect(same.status).toBe(400);
    expect(await changesOf(d.token, d.latest().id)).toEqual([]);
  });

  it("lets one of two amendments on the same version through and refuses the other with 409", async () => {
    const d = await referralInDelivery();
    const r = d.latest();
    const amend = (days: number) =>
      api("POST", `/api/referrals/${r.id}/amendments`, {
        token: d.token,
        body: {
          group: "enforceable-days",
          enforceableDays: days,
          reason: "Order varied",
          version: r.version,
        },
      });
    const results = await Promise.all([amend(11), amend(13)]);
    expect(results.map((res) => res.status).sort()).toEqual([200, 409]);
    expect(results.find((res) => res.status === 409)!.body.detail).toContain("changed somewhere else");
    // Only the winner is in the changelog.
    expect(await changesOf(d.token, r.id)).toHaveLength(1);
  });

  it("refuses lowering the maximum enforceable days below the days already used", async () => {
    const d = await referralInDelivery();
    await d.assessed();
    await d.approvedPlan(2);
    const r = await d.attendedSession();
    expect(r.daysUsed).toBe(2);
    const res = await d.tryOfficer("amendments", {
      group: "enforceable-days",
      enforceableDays: 1,
      reason: "Fewer",
    });
    expect(res.status).toBe(422);
    expect(res.body.detail).toBe(
      "The maximum enforceable days cannot be less than the 2 days already used. Enter 2 or more.",
    );
    await d.officer("amendments", { group: "enforceable-days", enforceableDays: 2, reason: "Order varied" });
  });

  it("re-evaluates the provider's price from the contract when the tier changes", async () => {
    const d = await referralInDelivery();
    expect(d.latest().pricePerReferralPence).toBe(48_000);
    const r = await d.officer("amendments", {
      group: "complexity-tier",
      tierId: "high",
      reason: "More complex than we first thought.",
    });
    expect(r.tierId).toBe("high");
    expect(r.pricePerReferralPence).toBe(185_000);
    const provider = await api("GET", `/api/referrals/${r.id}`, { token: d.priya });
    expect(provider.body.pricePerReferralPence).toBe(185_000);
    expect((await changesOf(d.priya, r.id))[0]).toMatchObject({
      from: "Low complexity",
      to: "High complexity",
    });
  });

  it("checks each group's values: a probation office of the PDU, a UK-style contact, an interpreter's language", async () => {
    const d = await referralInDelivery();
    const office = await d.tryOfficer("amendments", {
      group: "probation-office",
      officeId: "cardiff-westgate-street",
      reason: "Moved",
    });
    expect(office.status).toBe(400);
    expect(office.body.errors[0].path).toBe("officeId");
    const interpreter = await d.tryOfficer("amendments", {
      group: "interpreter",
      needsInterpreter: true,
      reason: "Asked",
    });
    expect(interpreter.body.errors).toEqual([
      { path: "interpreterLanguage", message: "Enter the language the interpreter must speak" },
    ]);
    const r = await d.officer("amendments", {
      group: "probation-office",
      officeId: "islington-holloway-road",
      reason: "Moved office",
    });
    expect(r.officeId).toBe("islington-holloway-road");
  });

  it("refuses amending a withdrawn or completed referral with 422", async () => {
    const { token, referral } = await sentReferral();
    const withdrawn = await api("POST", `/api/referrals/${referral.id}/withdraw`, {
      token,
      body: { reasonId: "moved-out-of-area", version: referral.version },
    });
    const late = await api("POST", `/api/referrals/${referral.id}/amendments`, {
      token,
      body: { group: "reason", text: "More", reason: "Why not", version: withdrawn.body.version },
    });
    expect(late.status).toBe(422);
    expect(late.body.detail).toBe("This referral is withdrawn, so it can no longer be amended.");

    const completed = await completedReferral();
    const after = await api("POST", `/api/referrals/${completed.id}/amendments`, {
      token,
      body: {
        group: "enforceable-days",
        enforceableDays: 30,
        reason: "Order varied",
        version: completed.version,
      },
    });
    expect(after.status).toBe(422);
    expect(after.body.detail).toBe("This referral is completed, so it can no longer be amended.");
  });
});
