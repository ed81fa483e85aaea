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
import { publishedOpportunity } from "../support/opportunities.ts";

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
  });

  it("tells every eligible provider but the asker when an answer is published, and nobody else", async () => {
    // Finance in London: Bridge Housing, Northern Pathways and Money Matters are admitted for it.
    const title = `Answer notice ${ulid()}`;
    const o = await publishedOpportunity({ needAreaId: "finance-benefits-debt", title });
    const asked = await api("POST", `/api/opportunities/${o.id}/questions`, {
      token: await tokenFor("user-provider-bridge"),
      body: { question: "Can we subcontract the high tier?" },
    });
    expect(asked.status).toBe(201);
    const answered = await api("POST", `/api/opportunities/${o.id}/questions/${asked.body.id}/answer`, {
      token: await tokenFor("user-commissioner-london"),
      body: { answer: "Yes, with our agreement.", version: asked.body.version },
    });
    expect(answered.status).toBe(200);
    await settleJobs();
    const href = `/opportunities/${o.id}`;
    const subject = `New answer published: ${title}`;
    for (const provider of ["user-provider-pathways", "user-provider-money-matters"])
      expect(await notificationsLinkingTo(provider, href), provider).toEqual([
        expect.objectContaining({ title: subject, read: false }),
      ]);
    // The asker hears "your question has been answered" instead; Wales-only or unadmitted providers nothing.
    expect((await notificationsLinkingTo("user-provider-bridge", href)).map((n) => n.title)).not.toContain(
      subject,
    );
    expect(await notificationsLinkingTo("user-provider-second-chance", href)).toEqual([]);
    expect((await emailsWithSubject(subject)).map((e) => e.to).sort()).toEqual([
      ["leah.grant@moneymatters.example"],
      ["tom.ellis@northernpathways.example"],
    ]);
  });
});
