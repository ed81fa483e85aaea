import { afterEach, describe, expect, it } from "vitest";
import { setClock } from "../support/api.ts";
import {
  as,
  bidders,
  closedCompetitionWithThreeBids,
  evaluateAll,
  evaluator,
  lead,
  moderation,
  moveClockPast,
  retireCompetitions,
} from "../support/evaluation.ts";
import { auditTrail, evaluationPath } from "../support/evaluation-audit.ts";
import { publishAwardNotice } from "../support/notices.ts";

const [bridge, pathways, moneyMatters] = bidders;

describe("evaluation: results, award, standstill and contracts", () => {
  afterEach(retireCompetitions);

  it("ranks with the working, awards, holds standstill, then creates contracts and live interventions in one go", async () => {
    const opportunity = await closedCompetitionWithThreeBids();
    const evaluated = await evaluateAll(opportunity.id);

    // Weighted prices (equal tier shares): Pathways 60,000 (lowest), Bridge 67,500, Money Matters 75,000.
    // Money Matters 4/4/4: quality 60 + social value 10 + price 60,000 ÷ 75,000 × 30 = 24 → 94.
    // Bridge 3/3/3: 45 + 7.5 + 60,000 ÷ 67,500 × 30 = 26.6667 → 79.1667. Pathways 3/2/2: 40 + 5 + 30 → 75.
    const results = await as(lead, "GET", evaluationPath(opportunity.id, "/results"));
    expect(results.status).toBe(200);
    expect(results.body.complete).toBe(true);
    expect(
      results.body.ranking.map((r: { organisationId: string; total: number; rank: number }) => [
        r.organisationId,
        r.total,
        r.rank,
      ]),
    ).toEqual([
      [moneyMatters.organisationId, 94, 1],
      [bridge.organisationId, 79.1667, 2],
      [pathways.organisationId, 75, 3],
    ]);
    expect(results.body.ranking[0]).toMatchObject({
      weightedPricePence: 75_000,
      lowestWeightedPricePence: 60_000,
      priceScore: 24,
    });
    expect((await as(evaluator, "GET", evaluationPath(opportunity.id, "/results"))).status).toBe(404);

    const csv = await as(lead, "GET", evaluationPath(opportunity.id, "/results.csv"));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = String(csv.body).trim().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Rank,Organisation,Submitted at,/);
    expect(lines[1]).toMatch(/^1,Money Matters London,/);

    // Award, and the bidders' view during standstill.
    const award = await as(lead, "POST", evaluationPath(opportunity.id, "/outcome"), {
      decision: "award",
      organisationIds: [moneyMatters.organisationId],
      reason: "Highest total score, within budget.",
      version: evaluated.version,
    });
    expect(award.status, JSON.stringify(award.body)).toBe(200);
    expect(award.body.state).toBe("standstill");
    // Standstill starts only when the contract award notice is published (after every summary is sent).
    expect(award.body.standstillEndsAt).toBeUndefined();
    const noNotice = await as(lead, "POST", evaluationPath(opportunity.id, "/contracts"), {
      version: award.body.version,
    });
    expect(noNotice.status).toBe(422);
    expect(noNotice.body.detail).toMatch(/starts when the contract award notice is published/);
    const standstill = await publishAwardNotice(opportunity.id);
    const standstillEndsAt = standstill.standstillEndsAt;
    expect(Date.parse(standstillEndsAt)).toBeGreaterThan(Date.now());

    const bridgeResult = await as(bridge.userId, "GET", `/api/opportunities/${opportunity.id}/bid/result`);
    expect(bridgeResult.status).toBe(200);
    expect(bridgeResult.body).toMatchObject({ outcome: "not-awarded", winningTotals: [94] });
    expect(bridgeResult.body.yourResult.total).toBe(79.1667);
    expect(bridgeResult.body.yourResult.answers[0].feedback).toMatch(/Moderated to 3/);
    const text = JSON.stringify(bridgeResult.body);
    for (const other of [moneyMatters, pathways]) {
      expect(text).not.toContain(other.organisationId);
    }
    expect(text).not.toContain("Money Matters");
    expect(text).not.toContain("Northern Pathways");
    const winner = await as(moneyMatters.userId, "GET", `/api/opportunities/${opportunity.id}/bid/result`);
    expect(winner.body.outcome).toBe("awarded");

    // Contracts before standstill ends → 422; the scores are frozen.
    const tooSoon = await as(lead, "POST", evaluationPath(opportunity.id, "/contracts"), {
      version: standstill.version,
    });
    expect(tooSoon.status).toBe(422);
    expect(tooSoon.body.detail).toMatch(/standstill period ends/);
    const lateModeration = await as(
      lead,
      "PUT",
      evaluationPath(opportunity.id, `/bids/${bridge.organisationId}/moderation`),
      moderation(4, 4, 4, 1),
    );
    expect(lateModeration.status).toBe(422);

    await moveClockPast(standstillEndsAt);
    const notLead = await as(evaluator, "POST", evaluationPath(opportunity.id, "/contracts"), {
      version: standstill.version,
    });
    expect(notLead.status).toBe(403);
    const created = await as(lead, "POST", evaluationPath(opportunity.id, "/contracts"), {
      version: standstill.version,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.items).toHaveLength(1);
    const contract = created.body.items[0];
    expect(contract).toMatchObject({
      organisationId: moneyMatters.organisationId,
      organisationName: "Money Matters London",
      opportunityId: opportunity.id,
      needAreaId: "finance-benefits-debt",
      regionIds: ["london"],
      pduIds: ["camden-and-islington"],
      startDate: "2027-04-01",
      endDate: "2029-03-31",
      capacityPerYear: 300,
    });
    expect(contract.reference).toMatch(/^DFP-LON-FIN-[0-9A-Z]{6}-1$/);
    expect(
      contract.interventions.map((i: { tierId: string; pricePerReferralPence: number }) => [
        i.tierId,
        i.pricePerReferralPence,
      ]),
    ).toEqual([
      ["low", 50_000],
      ["medium", 100_000],
    ]);

    const again = await as(lead, "POST", evaluationPath(opportunity.id, "/contracts"), {
      version: standstill.version + 1,
    });
    expect(again.status).toBe(422);

    // Bids are now awarded / unsuccessful; the intervention is live and readable by an officer.
    const winnerBid = await as(moneyMatters.userId, "GET", `/api/opportunities/${opportunity.id}/bid`);
    expect(winnerBid.body.status).toBe("awarded");
    const loserBid = await as(bridge.userId, "GET", `/api/opportunities/${opportunity.id}/bid`);
    expect(loserBid.body.status).toBe("unsuccessful");
    const intervention = await as(
      "user-officer-camden",
      "GET",
      `/api/interventions/${contract.interventions[0].id}`,
    );
    expect(intervention.status).toBe(200);
    expect(intervention.body).toMatchObject({
      contractId: contract.id,
      title: "Money Basics",
      tierId: "low",
    });

    // Contracts list and detail: the provider its own, commissioners by opportunity; others 404.
    const mine = await as(moneyMatters.userId, "GET", "/api/contracts");
    expect(mine.body.items.map((c: { id: string }) => c.id)).toContain(contract.id);
    const byOpportunity = await as(lead, "GET", `/api/contracts?opportunityId=${opportunity.id}`);
    expect(byOpportunity.body.items.map((c: { id: string }) => c.id)).toEqual([contract.id]);
    expect((await as(bridge.userId, "GET", `/api/contracts/${contract.id}`)).status).toBe(404);
    expect((await as("user-commissioner-wales", "GET", `/api/contracts/${contract.id}`)).status).toBe(404);
    expect((await as(lead, "GET", `/api/contracts/${contract.id}`)).status).toBe(200);

    // Everything was audited.
    const audit = (await auditTrail("evaluation", opportunity.id)).map((a) => a.action);
    expect(audit.filter((a) => a === "scores-submitted")).toHaveLength(6);
    expect(audit.filter((a) => a === "bid-moderated")).toHaveLength(3);
    expect(audit).toEqual(
      expect.arrayContaining(["panel-assigned", "conflicts-declared", "outcome-award", "contracts-created"]),
    );
    expect((await auditTrail("contract", contract.id)).map((a) => a.action)).toEqual(["contract-created"]);
    expect(
      (await auditTrail("bid", `${opportunity.id}:${bridge.organisationId}`)).map((a) => a.action),
    ).toContain("bid-unsuccessful");
  });

  it("refuses to award before every bid is moderated, or to a bid that failed the quality threshold", async () => {
    const opportunity = await closedCompetitionWithThreeBids();
    await as(lead, "PUT", evaluationPath(opportunity.id, "/panel"), { evaluatorIds: [lead], version: 0 });
    const early = await as(lead, "POST", evaluationPath(opportunity.id, "/outcome"), {
      decision: "award",
      organisationIds: [bridge.organisationId],
      reason: "Best value.",
      version: 1,
    });
    expect(early.status).toBe(422);
    expect(early.body.detail).toMatch(/Every bid must be moderated/);
    await setClock({ offsetMs: 0 });

    const second = await closedCompetitionWithThreeBids();
    const evaluated = await evaluateAll(second.id, [lead], {
      "org-bridge-housing": [3, 3, 3],
      "org-northern-pathways": [4, 1, 4],
      "org-money-matters": [2, 2, 2],
    });
    const results = await as(lead, "GET", evaluationPath(second.id, "/results"));
    const failed = results.body.ranking.find(
      (r: { organisationId: string }) => r.organisationId === pathways.organisationId,
    );
    expect(failed).toMatchObject({ passesQualityThreshold: false, rank: 3 });
    const award = await as(lead, "POST", evaluationPath(second.id, "/outcome"), {
      decision: "award",
      organisationIds: [pathways.organisationId],
      reason: "Cheapest.",
      version: evaluated.version,
    });
    expect(award.status).toBe(422);
    expect(award.body.detail).toMatch(/failed the quality threshold/);
  });

  it("declares a competition unsuccessful, or cancels it, with a reason each bidder sees", async () => {
    const first = await closedCompetitionWithThreeBids();
    const unsuccessful = await as(lead, "POST", evaluationPath(first.id, "/outcome"), {
      decision: "unsuccessful",
      reason: "No bid offered the capacity needed.",
      version: 0,
    });
    expect(unsuccessful.status, JSON.stringify(unsuccessful.body)).toBe(200);
    expect(unsuccessful.body.state).toBe("unsuccessful");
    const seen = await as(bridge.userId, "GET", `/api/opportunities/${first.id}/bid/result`);
    expect(seen.body).toMatchObject({
      outcome: "unsuccessful",
      reason: "No bid offered the capacity needed.",
    });
    expect((await as(bridge.userId, "GET", `/api/opportunities/${first.id}/bid`)).body.status).toBe(
      "unsuccessful",
    );
    await setClock({ offsetMs: 0 });

    const second = await closedCompetitionWithThreeBids();
    const noReason = await as(lead, "POST", evaluationPath(second.id, "/outcome"), {
      decision: "cancel",
      version: 0,
    });
    expect(noReason.status).toBe(400);
    const cancelled = await as(lead, "POST", evaluationPath(second.id, "/outcome"), {
      decision: "cancel",
      reason: "The service is no longer needed.",
      version: 0,
    });
    expect(cancelled.status).toBe(200);
    const opportunity = await as(lead, "GET", `/api/opportunities/${second.id}`);
    expect(opportunity.body).toMatchObject({
      state: "cancelled",
      cancelReason: "The service is no longer needed.",
    });
  });
});
