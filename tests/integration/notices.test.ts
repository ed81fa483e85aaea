import { afterEach, describe, expect, it } from "vitest";
import { routeTable } from "#functions/routes.ts";
import { addWorkingDays } from "#shared/time/index.ts";
import { api, setClock } from "../support/api.ts";
import {
  as,
  bidders,
  closedCompetitionWithThreeBids,
  evaluateAll,
  lead,
  moveClockPast,
  retireCompetitions,
} from "../support/evaluation.ts";
import { evaluationPath } from "../support/evaluation-audit.ts";
import { draftNotice, publishNotice } from "../support/notices.ts";
import { ocdsValidators } from "../support/ocds.ts";
import { completeBidContent, publishedOpportunity } from "../support/opportunities.ts";

const validate = ocdsValidators();
const [bridge, pathways, moneyMatters] = bidders;
const dayMs = 86_400_000;

/** Text that must never reach the public record: bid answers, evaluators' words, people. */
const forbidden = [
  ...Object.values(completeBidContent().qualityAnswers),
  completeBidContent().socialValueAnswer,
  completeBidContent().offers.low.assessAndPlan,
  "Moderated to",
  "because the evidence",
  "Helen Carter",
  "Daniel Okoro",
  "user-",
  "@",
];

/** The public pages of a procurement, read without signing in. */
const publicRecord = async (id: string) => {
  const notices = await api("GET", `/api/public/procurements/${id}/notices`);
  const record = await api("GET", `/api/public/procurements/${id}/record`);
  const releases = await api("GET", `/api/public/procurements/${id}/releases`);
  return { notices, record, releases };
};

describe("notices: the award notice starts standstill", () => {
  afterEach(retireCompetitions);

  it("needs every summary first, ends standstill 8 working days after publication (bank holidays too), and stays as published", async () => {
    const opportunity = await closedCompetitionWithThreeBids();
    const tender = await publishNotice(await draftNotice(opportunity.id, "tender"));
    const evaluated = await evaluateAll(opportunity.id);
    const award = await as(lead, "POST", evaluationPath(opportunity.id, "/outcome"), {
      decision: "award",
      organisationIds: [moneyMatters.organisationId],
      reason: "Highest total score, within budget.",
      version: evaluated.version,
    });
    expect(award.status, JSON.stringify(award.body)).toBe(200);
    const listed = await as(lead, "GET", `/api/procurements/${opportunity.id}/notices`);
    expect(listed.body.due.map((d: { kind: string }) => d.kind)).toEqual(["contractAward"]);

    const draft = await draftNotice(opportunity.id, "contractAward");
    const edited = await as(lead, "PUT", `/api/notices/${draft.id}`, {
      description: "Awarded to the highest scoring bid within the budget.",
      version: draft.version,
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    // Not before every bidder has its assessment summary.
    const early = await as(lead, "POST", `/api/notices/${draft.id}/publish`, {
      version: edited.body.version,
    });
    expect(early.status).toBe(422);
    expect(early.body.detail).toMatch(/3 of 3 have not been sent one/);

    // Two days before Christmas: standstill runs over 25 and 28 December and 1 January.
    const year = new Date(opportunity.submissionDeadline).getUTCFullYear();
    let publishAt = new Date(`${year}-12-23T10:00:00Z`);
    if (publishAt.getTime() < Date.parse(opportunity.submissionDeadline)) {
      publishAt = new Date(`${year + 1}-12-23T10:00:00Z`);
    }
    await setClock({ now: publishAt.toISOString() });
    const sent = await as(lead, "POST", `/api/opportunities/${opportunity.id}/assessment-summaries`);
    expect(sent.body).toEqual({ bidders: 3, sent: 3 });
    const summary = await as(
      bridge.userId,
      "GET",
      `/api/opportunities/${opportunity.id}/bid/assessment-summary`,
    );
    expect(summary.status).toBe(200);
    expect(summary.body).toMatchObject({ outcome: "not-awarded", yourTotal: 79.1667, winningTotal: 94 });
    expect(summary.body.criteria[0]).toMatchObject({ yourScore: 3, winningScore: 4 });
    expect(summary.body.criteria[0].winningReasons).toMatch(/Moderated to 4/);
    expect(summary.body.standstillEndsAt).toBeUndefined();
    expect(JSON.stringify(summary.body)).not.toMatch(
      /Money Matters|Northern Pathways|org-money|org-northern/,
    );

    const published = await as(lead, "POST", `/api/notices/${draft.id}/publish`, {
      version: edited.body.version,
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    const expectedEnd = addWorkingDays(publishAt, 8).toISOString();
    // Without the three bank holidays 8 working days would end 12 days later; with them, 15.
    expect(Date.parse(expectedEnd) - publishAt.getTime()).toBeGreaterThan(14 * dayMs);
    const evaluation = await as(lead, "GET", evaluationPath(opportunity.id));
    expect(evaluation.body.standstillEndsAt).toBe(expectedEnd);
    const later = await as(
      bridge.userId,
      "GET",
      `/api/opportunities/${opportunity.id}/bid/assessment-summary`,
    );
    expect(later.body.standstillEndsAt).toBe(expectedEnd);

    // Published means immutable.
    const edit = await as(lead, "PUT", `/api/notices/${draft.id}`, {
      description: "Changed after.",
      version: published.body.version,
    });
    expect(edit.status).toBe(409);
    const again = await as(lead, "POST", `/api/notices/${draft.id}/publish`, {
      version: published.body.version,
    });
    expect(again.status).toBe(409);

    // Contracts: 422 until standstill has ended.
    await setClock({ now: new Date(Date.parse(expectedEnd) - 60_000).toISOString() });
    const tooSoon = await as(lead, "POST", evaluationPath(opportunity.id, "/contracts"), {
      version: evaluation.body.version,
    });
    expect(tooSoon.status).toBe(422);
    await moveClockPast(expectedEnd);
    const contracts = await as(lead, "POST", evaluationPath(opportunity.id, "/contracts"), {
      version: evaluation.body.version,
    });
    expect(contracts.status, JSON.stringify(contracts.body)).toBe(201);

    // A correction is a new notice naming the original; the original is unchanged.
    const correction = await as(lead, "POST", `/api/notices/${draft.id}/corrections`);
    expect(correction.status, JSON.stringify(correction.body)).toBe(201);
    expect(correction.body).toMatchObject({ corrects: draft.id, kind: "contractAward", status: "draft" });
    const corrected = await publishNotice(correction.body);
    const details = await publishNotice(await draftNotice(opportunity.id, "contractDetails"));
    expect((await as(lead, "GET", evaluationPath(opportunity.id))).body.standstillEndsAt).toBe(expectedEnd);

    // Anyone reads the record without signing in; every OCDS output is valid.
    const { notices, record, releases } = await publicRecord(opportunity.id);
    expect(notices.status).toBe(200);
    expect(notices.headers.get("cache-control")).toBe("public, max-age=60");
    expect(notices.body.items.map((n: { id: string }) => n.id)).toEqual([
      tender.id,
      draft.id,
      corrected.id,
      details.id,
    ]);
    expect(notices.body.items[2].corrects).toBe(draft.id);
    expect(validate.releasePackage(releases.body)).toEqual([]);
    expect(validate.recordPackage(record.body)).toEqual([]);
    for (const r of releases.body.releases) expect(validate.release(r)).toEqual([]);
    expect(releases.body.releases.map((r: { tag: string[] }) => r.tag)).toEqual([
      ["tender"],
      ["award"],
      ["awardUpdate"],
      ["contract"],
    ]);
    const compiled = record.body.records[0].compiledRelease;
    expect(compiled.ocid).toBe(`ocds-dfp000-${opportunity.id}`);
    expect(compiled.awards[0].suppliers).toEqual([
      { id: moneyMatters.organisationId, name: "Money Matters London" },
    ]);
    expect(compiled.contracts).toHaveLength(1);
    const text = JSON.stringify([notices.body, record.body, releases.body]);
    for (const secret of forbidden) expect(text, secret).not.toContain(secret);
    for (const loser of [
      bridge.organisationId,
      pathways.organisationId,
      "Bridge Housing",
      "Northern Pathways",
    ]) {
      expect(text, loser).not.toContain(loser);
    }
    // A draft is not part of the record.
    const pending = await as(lead, "POST", `/api/notices/${details.id}/corrections`);
    expect(pending.status).toBe(201);
    expect((await api("GET", `/api/public/notices/${pending.body.id}`)).status).toBe(404);
    expect((await api("GET", `/api/public/notices/${details.id}`)).status).toBe(200);

    // The register finds it by kind and words; a filter that matches nothing finds nothing.
    const found = await api(
      "GET",
      `/api/public/notices?kind=contractAward&text=${encodeURIComponent("north london")}&limit=100`,
    );
    expect(found.status).toBe(200);
    expect(found.body.items.map((n: { id: string }) => n.id)).toEqual(
      expect.arrayContaining([draft.id, corrected.id]),
    );
    const wales = await api(
      "GET",
      `/api/public/notices?kind=contractAward&region=wales&text=${encodeURIComponent("north london")}`,
    );
    expect(wales.body.items.map((n: { id: string }) => n.id)).not.toContain(draft.id);
  }, 120_000);
});

describe("notices: the feed and termination", () => {
  afterEach(retireCompetitions);

  it("pages the feed by cursor and returns every release exactly once, in publication order", async () => {
    await setClock({ offsetMs: 0 });
    const since = new Date().toISOString();
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const opportunity = await publishedOpportunity({ title: `Feed test ${i}` });
      ids.push((await publishNotice(await draftNotice(opportunity.id, "tender"))).id);
      const cancelled = await as(lead, "POST", `/api/opportunities/${opportunity.id}/cancel`, {
        reason: "The need has been met another way.",
        version: opportunity.version,
      });
      expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
      ids.push((await publishNotice(await draftNotice(opportunity.id, "procurementTermination"))).id);
    }
    const seen: string[] = [];
    const dates: string[] = [];
    let next: string | undefined = `/api/public/releases?since=${encodeURIComponent(since)}&limit=2`;
    while (next) {
      const page = await api("GET", next.replace(/^https?:\/\/[^/]+/, ""));
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      if (page.body.releases.length) expect(validate.releasePackage(page.body)).toEqual([]);
      for (const r of page.body.releases) {
        seen.push(r.id.split("-").pop());
        dates.push(r.date);
      }
      next = page.body.links?.next;
    }
    for (const id of ids) expect(seen.filter((s) => s === id)).toHaveLength(1);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...dates].sort()).toEqual(dates);
    const termination = await api("GET", `/api/public/notices/${ids[1]}`);
    expect(termination.body).toMatchObject({ kind: "procurementTermination", status: "published" });

    // The answers the public pages are typed with keep to their routes' contracts.
    for (const [operationId, path] of [
      ["listPublicNotices", "/api/public/notices?kind=tender"],
      ["getPublicNotice", `/api/public/notices/${ids[1]}`],
      ["getPublicProcurement", `/api/public/procurements/${termination.body.procurementId}/notices`],
      ["listProcurementNotices", `/api/procurements/${termination.body.procurementId}/notices`],
    ] as const) {
      const route = routeTable.find((r) => r.operationId === operationId)!;
      const res = await as(lead, "GET", path);
      expect(route.response.schema!.safeParse(res.body).error?.issues ?? [], operationId).toEqual([]);
    }
  }, 60_000);
});
