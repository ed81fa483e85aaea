import { afterEach, describe, expect, it } from "vitest";
import { setClock } from "../support/api.ts";
import { moderation, sheet } from "../support/evaluation.ts";
import {
  as,
  bridge,
  closedCompetitions,
  evaluateToModerated,
  evaluationOf,
  helen,
  ok,
} from "./support/competitions.ts";
import { partitionItems, refreshTokens, snapshot } from "./support/fixtures.ts";
import { pooled } from "./support/pooled.ts";
import { opportunityPartition } from "#functions/platform/data/shared-items.ts";
import { auditKeys } from "#functions/platform/data/audit.ts";
import { contractKeys } from "#functions/contracts/items.ts";

/**
 * One life cycle per competition (issue 12, defects 2 and 10): racing decisions land once, a cancelled
 * competition cannot be evaluated, awarded or contracted, contracts stop cancellation, and bid content is
 * read only after declaring.
 */
const daniel = "user-commissioner-london-2";

let operations = 0;
afterEach(async () => {
  await setClock({ offsetMs: 0 });
  refreshTokens();
});

const award = (version: number) => ({
  decision: "award",
  organisationIds: [bridge],
  reason: "The best value for money",
  version,
});

const actions = (items: Record<string, unknown>[]) => items.map((e) => String(e.action));

describe("award ∥ cancel", () => {
  it("lets exactly one of the two win in each of 50 races, and the audit trail and stored state agree", async () => {
    const competitions = await closedCompetitions(50);
    await pooled(
      competitions.map((c) => () => evaluateToModerated(c.id)),
      6,
    );
    const states = await pooled(
      competitions.map((c) => async () => ({
        evaluation: (await ok(helen, "GET", evaluationOf(c.id))).version as number,
        opportunity: (await ok(helen, "GET", `/api/opportunities/${c.id}`)).version as number,
      })),
      6,
    );

    // Each race: the award and a cancel leave together. Half cancel through the opportunity, half
    // through the evaluation's outcome: two routes, one life cycle. Five races run at a time, so that
    // what is measured is the race, not how this shared two-core machine copes with 100 requests at once.
    const races = await pooled(
      competitions.map((c, i) => async () => {
        const versions = states[i]!;
        const cancel =
          i % 2 === 0
            ? as(helen, "POST", `/api/opportunities/${c.id}/cancel`, {
                reason: "The need has changed",
                version: versions.opportunity,
              })
            : as(helen, "POST", `${evaluationOf(c.id)}/outcome`, {
                decision: "cancel",
                reason: "The need has changed",
                version: versions.evaluation,
              });
        const [awarded, cancelled] = await Promise.all([
          as(helen, "POST", `${evaluationOf(c.id)}/outcome`, award(versions.evaluation)),
          cancel,
        ]);
        return { id: c.id, awarded, cancelled };
      }),
      5,
    );
    operations += races.length * 2;

    let awards = 0;
    for (const race of races) {
      const label = `competition ${race.id}: award ${race.awarded.status}, cancel ${race.cancelled.status}`;
      const statuses = [race.awarded.status, race.cancelled.status];
      expect(
        statuses.filter((s) => s === 200),
        label,
      ).toHaveLength(1);
      expect([409, 422], label).toContain(statuses.find((s) => s !== 200));
      const awardWon = race.awarded.status === 200;
      if (awardWon) awards += 1;

      const evaluationTrail = actions(await partitionItems(auditKeys.trail("evaluation", race.id)));
      const opportunityTrail = actions(await partitionItems(auditKeys.trail("opportunity", race.id)));
      const stored = await ok(helen, "GET", `/api/opportunities/${race.id}`);
      const evaluation = await ok(helen, "GET", evaluationOf(race.id));
      if (awardWon) {
        expect(
          evaluationTrail.filter((a) => a === "outcome-award"),
          label,
        ).toHaveLength(1);
        expect(evaluationTrail, label).not.toContain("outcome-cancel");
        expect(opportunityTrail, label).not.toContain("opportunity-cancelled");
        expect(stored.state, label).toBe("published");
        expect(stored.lifecycle.stage, label).toBe("standstill");
        expect(evaluation.state, label).toBe("standstill");
      } else {
        expect(evaluationTrail, label).not.toContain("outcome-award");
        expect(
          evaluationTrail.filter((a) => a === "outcome-cancel"),
          label,
        ).toHaveLength(1);
        expect(
          opportunityTrail.filter((a) => a === "opportunity-cancelled"),
          label,
        ).toHaveLength(1);
        expect(stored.state, label).toBe("cancelled");
        expect(stored.lifecycle.stage, label).toBe("cancelled");
        expect(evaluation.state, label).toBe("cancelled");
      }
    }
    console.log(`Award ∥ cancel: ${awards} awards won, ${races.length - awards} cancels won`);
  });
});

describe("a cancelled competition", () => {
  it("refuses every evaluation, award and contract route with 422 and changes nothing", async () => {
    const [c] = await closedCompetitions(1);
    const id = c!.id;
    await evaluateToModerated(id);
    // Cancelled through the opportunity, while its evaluation was under way.
    const current = await ok(helen, "GET", `/api/opportunities/${id}`);
    await ok(helen, "POST", `/api/opportunities/${id}/cancel`, {
      reason: "The need has changed",
      version: current.version,
    });
    const { version } = await ok(helen, "GET", evaluationOf(id));
    const base = evaluationOf(id);
    const bid = `${base}/bids/${bridge}`;
    const routes: [string, string, unknown?][] = [
      ["PUT", `${base}/panel`, { evaluatorIds: [helen, daniel], version }],
      ["POST", `${base}/declaration`, { bidders: [{ organisationId: bridge, conflict: false }] }],
      ["GET", bid],
      ["POST", `${bid}/scores`, sheet(2)],
      ["GET", `${bid}/scores`],
      ["PUT", `${bid}/moderation`, moderation(2, 2, 2, 1)],
      ["GET", `${base}/results`],
      ["GET", `${base}/results.csv`],
      ["POST", `${base}/outcome`, award(version)],
      ["POST", `${base}/outcome`, { decision: "unsuccessful", reason: "No bid was good enough", version }],
      ["POST", `${base}/contracts`, { version }],
    ];
    const before = await snapshot([opportunityPartition(id), auditKeys.trail("evaluation", id)]);
    for (const [method, path, body] of routes) {
      const res = await as(helen, method, path, body);
      operations += 1;
      expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBe(422);
      expect(res.body.detail, `${method} ${path}`).toMatch(/has been cancelled/);
    }
    expect(await snapshot([opportunityPartition(id), auditKeys.trail("evaluation", id)])).toEqual(before);
  });
});

describe("a competition with contracts", () => {
  it("cannot be cancelled by either route (422, pointing to termination) and its contract stays live", async () => {
    const [c] = await closedCompetitions(1);
    const id = c!.id;
    await evaluateToModerated(id);
    const evaluated = await ok(helen, "GET", evaluationOf(id));
    await ok(helen, "POST", `${evaluationOf(id)}/outcome`, award(evaluated.version));
    // Standstill starts with the contract award notice, after every bidder's summary (ADR 0028).
    await ok(helen, "POST", `/api/opportunities/${id}/assessment-summaries`);
    const notice = await ok(helen, "POST", `/api/procurements/${id}/notices`, { kind: "contractAward" });
    await ok(helen, "POST", `/api/notices/${notice.id}/publish`, { version: notice.version });
    // Standstill (8 working days from the notice) is over by the real time.
    await setClock({ offsetMs: 0 });
    refreshTokens();
    const standing = await ok(helen, "GET", `/api/opportunities/${id}`);
    expect(standing.lifecycle).toMatchObject({ stage: "awarded", canCreateContracts: true });
    const contracts = await ok(helen, "POST", `${evaluationOf(id)}/contracts`, {
      version: (await ok(helen, "GET", evaluationOf(id))).version,
    });
    const contractId = contracts.items[0].id as string;

    const opportunityNow = await ok(helen, "GET", `/api/opportunities/${id}`);
    expect(opportunityNow.lifecycle).toMatchObject({ stage: "contracted", canCreateContracts: false });
    const before = await snapshot([opportunityPartition(id), contractKeys.contract(contractId).pk]);
    const viaOpportunity = await as(helen, "POST", `/api/opportunities/${id}/cancel`, {
      reason: "Changed our minds",
      version: opportunityNow.version,
    });
    const viaOutcome = await as(helen, "POST", `${evaluationOf(id)}/outcome`, {
      decision: "cancel",
      reason: "Changed our minds",
      version: (await ok(helen, "GET", evaluationOf(id))).version,
    });
    operations += 2;
    for (const res of [viaOpportunity, viaOutcome]) {
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      expect(res.body.detail).toMatch(/Contracts have been created .* terminate/);
    }
    expect(await snapshot([opportunityPartition(id), contractKeys.contract(contractId).pk])).toEqual(before);
    const contract = await ok(helen, "GET", `/api/contracts/${contractId}`);
    expect(contract.interventions.length).toBeGreaterThan(0);
  });
});

describe("bid content before declaring", () => {
  it("is 404 on every bid-content route for a commissioner who has not declared, lead included; who bid and when is listed", async () => {
    const [c] = await closedCompetitions(1, true);
    const id = c!.id;
    const routes = [
      `/api/opportunities/${id}/bids/${bridge}`,
      `/api/opportunities/${id}/bids/${bridge}/documents/${c!.documentId}`,
      `${evaluationOf(id)}/bids/${bridge}`,
    ];
    const check = async (who: string, expected: number, stage: string) => {
      for (const path of routes) {
        const res = await as(who, "GET", path);
        operations += 1;
        expect(res.status, `${who} ${stage}: GET ${path} ${JSON.stringify(res.body)}`).toBe(expected);
      }
    };
    const listed = async (who: string) => {
      const list = await ok(who, "GET", `/api/opportunities/${id}/bids`);
      expect(list.items).toHaveLength(1);
      expect(list.items[0]).toMatchObject({ organisationName: "Bridge Housing Trust", status: "submitted" });
      expect(list.items[0].submittedAt).toBeDefined();
      expect(JSON.stringify(list)).not.toMatch(/content|qualityAnswers|pricePerReferral|policy\.pdf/);
      return list.items[0].canRead as boolean;
    };

    // No panel yet: the lead sees who bid and when, and nothing more.
    await check(helen, 404, "before any panel");
    expect(await listed(helen)).toBe(false);

    // On the panel but not declared: still nothing, for the lead and the other evaluator alike.
    await ok(helen, "PUT", `${evaluationOf(id)}/panel`, { evaluatorIds: [helen, daniel], version: 0 });
    await check(helen, 404, "on the panel, not declared");
    await check(daniel, 404, "on the panel, not declared");
    expect(await listed(daniel)).toBe(false);

    // Declaring no conflict opens the bid to that evaluator only.
    await ok(helen, "POST", `${evaluationOf(id)}/declaration`, {
      bidders: [{ organisationId: bridge, conflict: false }],
    });
    await check(helen, 200, "declared");
    expect(await listed(helen)).toBe(true);
    await check(daniel, 404, "still not declared");
  });
});

afterEach(() => {
  if (operations) console.log(`Competition life cycle: ${operations} operations so far`);
});
