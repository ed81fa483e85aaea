import { ulid } from "ulid";
import { afterEach, describe, expect, it } from "vitest";
import { setClock } from "../support/api.ts";
import {
  as,
  bidders,
  closedCompetitionWithThreeBids,
  evaluateAll,
  lead,
  retireCompetitions,
} from "../support/evaluation.ts";
import { runJob, settleJobs } from "../support/jobs.ts";
import { publishAwardNotice } from "../support/notices.ts";
import { emailsWithSubject, notificationsLinkingTo, unreadFor } from "../support/notifications.ts";
import { bidRecipients } from "../support/people.ts";
import { sentReferral } from "../support/referrals.ts";

describe("notifications: standstill started", () => {
  afterEach(retireCompetitions);

  it("tells every bidder organisation once, in the portal and by e-mail, when the award notice starts standstill", async () => {
    const title = `Money advice standstill ${ulid()}`;
    const opportunity = await closedCompetitionWithThreeBids({ title });
    const evaluated = await evaluateAll(opportunity.id);
    const award = await as(lead, "POST", `/api/opportunities/${opportunity.id}/evaluation/outcome`, {
      decision: "award",
      organisationIds: ["org-money-matters"],
      reason: "Highest total score, within budget.",
      version: evaluated.version,
    });
    expect(award.status, JSON.stringify(award.body)).toBe(200);
    await settleJobs();
    // The award alone tells nobody: standstill starts when the contract award notice is published.
    const href = `/opportunities/${opportunity.id}/bid/result`;
    expect(await notificationsLinkingTo(bidders[0].userId, href)).toEqual([]);
    await publishAwardNotice(opportunity.id);
    await settleJobs();
    await settleJobs();

    for (const bidder of bidders) {
      const told = await notificationsLinkingTo(bidder.userId, href);
      expect(told, bidder.organisationId).toEqual([
        expect.objectContaining({ title: `Outcome ready: ${title}`, read: false }),
      ]);
      expect(told[0]!.body).toMatch(/The standstill period ends at .+ \(UK time\)\./);
    }
    const emails = await emailsWithSubject(`Outcome ready: ${title}`);
    // One e-mail per bidder, to its administrators and bid writers; not its caseworkers (ADR 0025).
    const sent = emails.map((e) => [...e.to].sort());
    expect(sent).toHaveLength(bidders.length);
    for (const bidder of bidders) {
      expect(sent).toContainEqual(await bidRecipients(bidder.userId));
    }
    expect(sent.flat()).toEqual(
      expect.arrayContaining(["ben.hughes@bridgehousing.example", "priya.shah@bridgehousing.example"]),
    );
    // Nobody else hears of it.
    expect(await notificationsLinkingTo("user-provider-second-chance", href)).toEqual([]);
  });
});

describe("notifications: SLA about to breach", () => {
  afterEach(() => setClock({ offsetMs: 0 }));

  it("warns the provider once when first contact is due within one working day", async () => {
    const { referral } = await sentReferral();
    const firstContact = (referral.sla as { id: string; dueAt: string }[]).find(
      (c) => c.id === "firstContact",
    )!;
    const href = `/provider/referrals/${referral.id}`;
    await settleJobs();

    // Not yet: a warning job run at sending time says nothing about this referral.
    await runJob("slaWarnings");
    const warnings = async () =>
      (await notificationsLinkingTo("user-provider-bridge", href)).filter((n) =>
        n.title.startsWith("First contact due soon"),
      );
    expect(await warnings()).toEqual([]);

    // Half a day before first contact is due.
    await setClock({ now: new Date(Date.parse(firstContact.dueAt) - 12 * 3_600_000).toISOString() });
    const unreadBefore = await unreadFor("user-provider-bridge");
    await settleJobs();
    await runJob("slaWarnings");
    await runJob("slaWarnings");

    const warned = await warnings();
    expect(warned).toEqual([
      expect.objectContaining({
        title: `First contact due soon on referral ${referral.reference}`,
        read: false,
      }),
    ]);
    expect(await unreadFor("user-provider-bridge")).toBeGreaterThanOrEqual(unreadBefore + 1);
    const emails = await emailsWithSubject(`First contact due soon on referral ${referral.reference}`);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.body).not.toMatch(/CRN|date of birth/i);

    // Another organisation cannot see or mark it; the officer is not warned (the work is the provider's).
    expect(await notificationsLinkingTo("user-provider-pathways", href)).toEqual([]);
    for (const other of ["user-provider-pathways", "user-officer-camden"]) {
      for (const action of ["read", "unread"]) {
        const res = await as(other, "POST", `/api/notifications/${warned[0]!.id}/${action}`);
        expect(res.status, `${other} ${action}`).toBe(404);
      }
    }
    expect(
      (await notificationsLinkingTo("user-officer-camden", `/referrals/${referral.id}`)).filter((n) =>
        n.title.includes("due soon"),
      ),
    ).toEqual([]);
  });

  it("does not warn about a clock that was met before it came due", async () => {
    const { referral } = await sentReferral();
    const firstContact = (referral.sla as { id: string; dueAt: string }[]).find(
      (c) => c.id === "firstContact",
    )!;
    const path = `/api/referrals/${referral.id}`;
    const assigned = await as("user-provider-bridge", "POST", `${path}/assign`, {
      caseworkerId: "user-provider-bridge",
      version: referral.version,
    });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    const contacted = await as("user-provider-bridge", "POST", `${path}/first-contact`, {
      contactedAt: referral.sentAt,
      method: "phone",
      version: assigned.body.version,
    });
    expect(contacted.status, JSON.stringify(contacted.body)).toBe(200);

    await setClock({ now: new Date(Date.parse(firstContact.dueAt) - 12 * 3_600_000).toISOString() });
    await settleJobs();
    await runJob("slaWarnings");
    const warned = (
      await notificationsLinkingTo("user-provider-bridge", `/provider/referrals/${referral.id}`)
    ).filter((n) => n.title.includes("due soon"));
    expect(warned).toEqual([]);
  });
});
