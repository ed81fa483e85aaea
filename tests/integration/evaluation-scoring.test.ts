import { afterEach, describe, expect, it } from "vitest";

import {
  as,
  bidders,
  closedCompetitionWithThreeBids,
  competitionWithThreeBids,
  evaluator,
  lead,
  moderation,
  retireCompetitions,
  sheet,
} from "../support/evaluation.ts";
import { auditTrail, evaluationPath } from "../support/evaluation-audit.ts";

const [bridge, pathways, moneyMatters] = bidders;

describe("evaluation: panel, conflicts and independent scoring", () => {
  afterEach(retireCompetitions);

  it("refuses a panel and an award before the deadline with 422", async () => {
    const opportunity = await competitionWithThreeBids();
    const panel = await as(lead, "PUT", evaluationPath(opportunity.id, "/panel"), {
      evaluatorIds: [evaluator],
      version: 0,
    });
    expect(panel.status).toBe(422);
    const award = await as(lead, "POST", evaluationPath(opportunity.id, "/outcome"), {
      decision: "award",
      organisationIds: [bridge.organisationId],
      reason: "Best value for money.",
      version: 0,
    });
    expect(award.status).toBe(422);
    expect(award.body.detail).toMatch(/until the deadline for bids has passed/);
  });

  it("lets only the lead assign the panel, from commissioners covering the region", async () => {
    const opportunity = await closedCompetitionWithThreeBids();
    const candidates = await as(lead, "GET", evaluationPath(opportunity.id, "/candidates"));
    expect(candidates.status).toBe(200);
    const ids = candidates.body.items.map((c: { userId: string }) => c.userId);
    expect(ids).toEqual(expect.arrayContaining([lead, evaluator]));
    expect(ids).not.toContain("user-commissioner-wales");

    const notLead = await as(evaluator, "PUT", evaluationPath(opportunity.id, "/panel"), {
      evaluatorIds: [evaluator],
      version: 0,
    });
    expect(notLead.status).toBe(403);
    const outsider = await as(lead, "PUT", evaluationPath(opportunity.id, "/panel"), {
      evaluatorIds: ["user-commissioner-wales"],
      version: 0,
    });
    expect(outsider.status).toBe(400);
    expect(outsider.body.errors[0].path).toBe("evaluatorIds.0");
    const wales = await as("user-commissioner-wales", "GET", evaluationPath(opportunity.id));
    expect(wales.status).toBe(404);
  });

  it("keeps an evaluator out of a bid they declared a conflict with (404), and out of every bid until they declare", async () => {
    const opportunity = await closedCompetitionWithThreeBids();
    await as(lead, "PUT", evaluationPath(opportunity.id, "/panel"), {
      evaluatorIds: [lead, evaluator],
      version: 0,
    });

    const beforeDeclaring = await as(
      evaluator,
      "GET",
      evaluationPath(opportunity.id, `/bids/${pathways.organisationId}`),
    );
    // Bid content before declaring is 404 like every bid-content route, with the next step (ADR "one life cycle per competition").
    expect(beforeDeclaring.status).toBe(404);
    expect(beforeDeclaring.body.detail).toMatch(/Declare any conflicts of interest/);
    const rawBeforeDeclaring = await as(
      evaluator,
      "GET",
      `/api/opportunities/${opportunity.id}/bids/${pathways.organisationId}`,
    );
    expect(rawBeforeDeclaring.status).toBe(404);

    const missing = await as(evaluator, "POST", evaluationPath(opportunity.id, "/declaration"), {
      bidders: [{ organisationId: bridge.organisationId, conflict: false }],
    });
    expect(missing.status).toBe(400);
    const noDetails = await as(evaluator, "POST", evaluationPath(opportunity.id, "/declaration"), {
      bidders: bidders.map((b) => ({ organisationId: b.organisationId, conflict: b === bridge })),
    });
    expect(noDetails.status).toBe(400);
    expect(noDetails.body.errors[0]).toEqual({
      path: "bidders.0.details",
      message: "Describe the conflict of interest for bidder 1",
    });

    const declared = await as(evaluator, "POST", evaluationPath(opportunity.id, "/declaration"), {
      bidders: bidders.map((b) => ({
        organisationId: b.organisationId,
        conflict: b === bridge,
        ...(b === bridge ? { details: "I was a trustee of this charity until last year." } : {}),
      })),
    });
    expect(declared.status).toBe(201);
    expect(declared.body.bids.map((b: { mine: string }) => b.mine)).toEqual([
      "conflict",
      "to-score",
      "to-score",
    ]);

    for (const path of [
      evaluationPath(opportunity.id, `/bids/${bridge.organisationId}`),
      evaluationPath(opportunity.id, `/bids/${bridge.organisationId}/scores`),
      `/api/opportunities/${opportunity.id}/bids/${bridge.organisationId}`,
    ]) {
      expect((await as(evaluator, "GET", path)).status, path).toBe(404);
    }
    const conflictedScores = await as(
      evaluator,
      "POST",
      evaluationPath(opportunity.id, `/bids/${bridge.organisationId}/scores`),
      sheet(3),
    );
    expect(conflictedScores.status).toBe(404);
    const list = await as(evaluator, "GET", `/api/opportunities/${opportunity.id}/bids`);
    const readable = (list.body.items as { organisationId: string; canRead: boolean }[])
      .filter((b) => b.canRead)
      .map((b) => b.organisationId);
    expect(readable.sort()).toEqual([moneyMatters.organisationId, pathways.organisationId].sort());

    const other = await as(
      evaluator,
      "GET",
      evaluationPath(opportunity.id, `/bids/${pathways.organisationId}`),
    );
    expect(other.status).toBe(200);
    expect(other.body.qualityAnswers.q1).toMatch(/landlords/);
    expect(JSON.stringify(other.body)).not.toMatch(/pricePerReferral/);

    const again = await as(evaluator, "POST", evaluationPath(opportunity.id, "/declaration"), {
      bidders: bidders.map((b) => ({ organisationId: b.organisationId, conflict: false })),
    });
    expect(again.status).toBe(422);

    const audit = await auditTrail("evaluation", opportunity.id);
    expect(audit.map((a) => a.action)).toEqual(["panel-assigned", "conflicts-declared"]);
    expect(audit[1]?.details).toMatchObject({ evaluatorId: evaluator, conflicts: bridge.organisationId });
  });

  it("hides other evaluators' scores (404) until the evaluator has submitted their own for that bid", async () => {
    const opportunity = await closedCompetitionWithThreeBids();
    await as(lead, "PUT", evaluationPath(opportunity.id, "/panel"), {
      evaluatorIds: [lead, evaluator],
      version: 0,
    });
    for (const member of [lead, evaluator]) {
      await as(member, "POST", evaluationPath(opportunity.id, "/declaration"), {
        bidders: bidders.map((b) => ({ organisationId: b.organisationId, conflict: false })),
      });
    }
    const scores = evaluationPath(opportunity.id, `/bids/${pathways.organisationId}/scores`);
    expect((await as(lead, "POST", scores, sheet(4))).status).toBe(201);

    expect((await as(evaluator, "GET", scores)).status).toBe(404);
    const tooShort = await as(evaluator, "POST", scores, {
      ...sheet(2),
      socialValue: { score: 2, justification: "Fine." },
    });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.errors).toEqual([
      {
        path: "socialValue.justification",
        message: "Write at least a full sentence as the justification for the social value answer",
      },
    ]);
    const outOfRange = await as(evaluator, "POST", scores, sheet(5));
    expect(outOfRange.status).toBe(400);
    const unanswered = await as(evaluator, "POST", scores, {
      ...sheet(2),
      answers: { q1: sheet(2).answers.q1 },
    });
    expect(unanswered.status).toBe(400);
    expect(unanswered.body.errors[0].path).toBe("answers.q2");

    expect((await as(evaluator, "POST", scores, sheet(2))).status).toBe(201);
    const seen = await as(evaluator, "GET", scores);
    expect(seen.status).toBe(200);
    expect(seen.body.answers[0].scores.map((s: { score: number }) => s.score).sort()).toEqual([2, 4]);
    expect(seen.body.answers[0]).toMatchObject({ spread: 2, wideSpread: true });

    const twice = await as(evaluator, "POST", scores, sheet(3));
    expect(twice.status).toBe(409);
    // Still hidden for a bid the evaluator has not scored yet.
    expect(
      (await as(evaluator, "GET", evaluationPath(opportunity.id, `/bids/${bridge.organisationId}/scores`)))
        .status,
    ).toBe(404);
  });

  it("moderates only once every evaluator's sheet is in", async () => {
    const opportunity = await closedCompetitionWithThreeBids();
    await as(lead, "PUT", evaluationPath(opportunity.id, "/panel"), {
      evaluatorIds: [evaluator],
      version: 0,
    });
    const early = await as(
      lead,
      "PUT",
      evaluationPath(opportunity.id, `/bids/${bridge.organisationId}/moderation`),
      moderation(3, 3, 3),
    );
    expect(early.status).toBe(422);
    expect(early.body.detail).toMatch(/Waiting for Daniel Okoro/);
  });
});
