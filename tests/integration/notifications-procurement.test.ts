import { ulid } from "ulid";
import { afterEach, describe, expect, it } from "vitest";
import { api, setClock, tokenFor } from "../support/api.ts";
import {
  as,
  closedCompetitionWithThreeBids,
  evaluator,
  lead,
  retireCompetitions,
} from "../support/evaluation.ts";
import { settleJobs } from "../support/jobs.ts";
import { emailsWithSubject, notificationsLinkingTo } from "../support/notifications.ts";
import { accountKeys, admittedOrganisationIndex } from "#functions/accounts/repository.ts";
import { publishedOpportunity } from "../support/opportunities.ts";
import { partition, putItems } from "../support/referrals.ts";
import { notificationKind } from "#functions/notifications/items.ts";

describe("notifications: procurement", () => {
  afterEach(async () => {
    await retireCompetitions();
    await setClock({ offsetMs: 0 });
  });

  it("tells a commissioner, in the portal and by e-mail, that they were added to a panel", async () => {
    const title = `Panel notice ${ulid()}`;
    const opportunity = await closedCompetitionWithThreeBids({ title });
    const href = `/opportunities/${opportunity.id}/evaluation`;
    const assigned = await as(lead, "PUT", `/api${href}/panel`, {
      evaluatorIds: [lead, evaluator],
      version: 0,
    });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    await settleJobs();
    const told = await notificationsLinkingTo(evaluator, href);
    expect(told).toEqual([
      expect.objectContaining({ title: `You are on the evaluation panel for ${title}`, read: false }),
    ]);
    expect(await emailsWithSubject(`You are on the evaluation panel for ${title}`)).toHaveLength(2);
  }, 120_000);

  it("tells every eligible provider but the asker when an answer is published, and nobody else", async () => {
    // Two organisations admitted for finance, as an admission leaves them: one in London, one in Wales.
    const london = `org-test-${ulid().toLowerCase()}`;
    const wales = `org-test-${ulid().toLowerCase()}`;
    const admitted = (organisationId: string, regionIds: string[]) => {
      const name = `Test organisation ${organisationId}`;
      return {
        ...accountKeys.organisation(organisationId),
        ...admittedOrganisationIndex(name),
        id: organisationId,
        name,
        frameworkStatus: "admitted",
        needAreaIds: ["finance-benefits-debt"],
        regionIds,
      };
    };
    await putItems([admitted(london, ["london"]), admitted(wales, ["wales"])]);
    const title = `Answer notice ${ulid()}`;
    const o = await publishedOpportunity({ needAreaId: "finance-benefits-debt", title });
    const asked = await api("POST", `/api/opportunities/${o.id}/questions`, {
      token: await tokenFor("user-provider-bridge"),
      body: { question: "Can we subcontract the high tier?" },
    });
    expect(asked.status).toBe(201);
    const answered = await api("POST", `/api/opportunities/${o.id}/questions/${asked.body.id}/answer`, {
      token: await tokenFor("user-commissioner-london"),
      body: {
        question: "Can we subcontract the high tier?",
        answer: "Yes, with our agreement.",
        version: asked.body.version,
      },
    });
    expect(answered.status).toBe(200);
    await settleJobs();
    const subject = `New answer published: ${title}`;
    const told = async (organisationId: string) =>
      (await partition(notificationKind.pk({ audience: { organisationId } }))).filter(
        (n) => n.title === subject,
      );
    expect(await told(london)).toHaveLength(1);
    expect(await told(london)).toEqual([expect.objectContaining({ href: `/opportunities/${o.id}` })]);
    expect(await told(wales)).toEqual([]);
  });

  it("tells providers the seed admitted (with no application) when an answer is published", async () => {
    // Seeded: Northern Pathways and Money Matters are admitted for finance in London; Second Chance
    // has only applied. None of them has an admitted application item.
    const title = `Seeded answer notice ${ulid()}`;
    const o = await publishedOpportunity({ needAreaId: "finance-benefits-debt", title });
    const asked = await api("POST", `/api/opportunities/${o.id}/questions`, {
      token: await tokenFor("user-provider-bridge"),
      body: { question: "Can sessions be held in the evening?" },
    });
    expect(asked.status).toBe(201);
    const answered = await api("POST", `/api/opportunities/${o.id}/questions/${asked.body.id}/answer`, {
      token: await tokenFor("user-commissioner-london"),
      body: {
        question: "Can sessions be held in the evening?",
        answer: "Yes, up to 8pm.",
        version: asked.body.version,
      },
    });
    expect(answered.status).toBe(200);
    await settleJobs();
    const subject = `New answer published: ${title}`;
    const href = `/opportunities/${o.id}`;
    const published = async (userId: string) =>
      (await notificationsLinkingTo(userId, href)).filter((n) => n.title === subject);
    expect(await published("user-provider-pathways")).toEqual([
      expect.objectContaining({ title: subject, read: false }),
    ]);
    expect(await published("user-provider-money-matters")).toHaveLength(1);
    // The asker hears through its own answered-question notice; an applicant not yet admitted hears nothing.
    expect(await published("user-provider-bridge")).toEqual([]);
    expect(await published("user-provider-second-chance")).toEqual([]);
  });
});
