import { afterEach, describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";
import {
  as,
  bidders,
  competitionWithThreeBids,
  evaluateAll,
  lead,
  moveClockPast,
  retireCompetitions,
} from "../support/evaluation.ts";
import { ocdsValidators } from "../support/ocds.ts";
import { publishAwardNotice } from "../support/notices.ts";
import { completeBidContent } from "../support/opportunities.ts";

const validate = ocdsValidators();
const ocds = (id: string) => as(lead, "GET", `/api/opportunities/${id}/ocds`);

/** Text that must never leave the portal in open data: bid content and people. */
const forbidden = [
  ...Object.values(completeBidContent().qualityAnswers),
  completeBidContent().socialValueAnswer,
  completeBidContent().offers.low.assessAndPlan,
  completeBidContent().offers.low.implement,
  "Helen Carter",
  "Daniel Okoro",
  "Priya Shah",
  "Tom Ellis",
  "Leah Grant",
  "@",
  "user-",
  "Moderated to",
  "because the evidence",
];

describe("OCDS export", () => {
  afterEach(retireCompetitions);

  it("describes an open tender with its award criteria and weights, and validates against the schema", async () => {
    const opportunity = await competitionWithThreeBids();
    const res = await ocds(opportunity.id);
    expect(res.status).toBe(200);
    expect(validate.releasePackage(res.body)).toEqual([]);
    const release = res.body.releases[0];
    expect(release.tag).toEqual(["tender"]);
    expect(release.tender).toMatchObject({
      status: "active",
      awardCriteria: "ratedCriteria",
      procurementMethod: "selective",
      mainProcurementCategory: "services",
      value: { amount: 500_000, currency: "GBP" },
    });
    expect(release.tender.awardCriteriaDetails).toMatch(
      /Quality 60%: question 1 \(.+\) 40%; question 2 \(.+\) 20%\./,
    );
    expect(release.tender.awardCriteriaDetails).toMatch(/Social value 10%\. Price 30%\./);
    // Sealed: before the deadline not even the number of bids is published.
    expect(release.bids).toBeUndefined();
    expect(release.tender.numberOfTenderers).toBeUndefined();
  });

  it("after contracts: enquiries, award with supplier and value, contract, bid statistics — and no bid text or personal data", async () => {
    const opportunity = await competitionWithThreeBids();
    const asked = await as(bidders[0].userId, "POST", `/api/opportunities/${opportunity.id}/questions`, {
      question: "Can the medium tier include a home visit?",
    });
    expect(asked.status).toBe(201);
    const answered = await as(
      lead,
      "POST",
      `/api/opportunities/${opportunity.id}/questions/${asked.body.id}/answer`,
      {
        question: "Can the medium tier include a visit at home?",
        answer: "Yes, where the person agrees.",
        version: asked.body.version,
      },
    );
    expect(answered.status).toBe(200);
    await as(bidders[1].userId, "POST", `/api/opportunities/${opportunity.id}/questions`, {
      question: "An unanswered question stays private.",
    });

    await moveClockPast(opportunity.submissionDeadline);
    const evaluated = await evaluateAll(opportunity.id);
    const award = await as(lead, "POST", `/api/opportunities/${opportunity.id}/evaluation/outcome`, {
      decision: "award",
      organisationIds: ["org-money-matters"],
      reason: "Highest total score.",
      version: evaluated.version,
    });
    expect(award.status).toBe(200);
    const during = await ocds(opportunity.id);
    expect(validate.releasePackage(during.body)).toEqual([]);
    expect(during.body.releases[0].tag).toEqual(["tender", "award"]);
    expect(during.body.releases[0].awards[0].status).toBe("pending");

    const standstill = await publishAwardNotice(opportunity.id);
    await moveClockPast(standstill.standstillEndsAt);
    const created = await as(lead, "POST", `/api/opportunities/${opportunity.id}/evaluation/contracts`, {
      version: standstill.version,
    });
    expect(created.status).toBe(201);

    const res = await ocds(opportunity.id);
    expect(res.status).toBe(200);
    expect(validate.releasePackage(res.body)).toEqual([]);
    const release = res.body.releases[0];
    expect(release.tag).toEqual(["tender", "award", "contract"]);
    expect(release.tender.status).toBe("complete");
    expect(release.tender.enquiries).toEqual([
      expect.objectContaining({
        // What was published: the commissioner's edited question, never the asker's words.
        description: "Can the medium tier include a visit at home?",
        answer: "Yes, where the person agrees.",
      }),
    ]);
    expect(release.bids.statistics).toEqual([expect.objectContaining({ measure: "bids", value: 3 })]);
    expect(release.tender.numberOfTenderers).toBe(3);
    // 75,000p weighted × 300 referrals a year × 2 years = £450,000.
    expect(release.awards).toEqual([
      expect.objectContaining({
        status: "active",
        suppliers: [{ id: "org-money-matters", name: "Money Matters London" }],
        value: { amount: 450_000, currency: "GBP" },
      }),
    ]);
    expect(release.contracts).toEqual([
      expect.objectContaining({ id: created.body.items[0].reference, awardID: release.awards[0].id }),
    ]);

    const text = JSON.stringify(res.body);
    for (const secret of forbidden) expect(text, secret).not.toContain(secret);
    for (const loser of ["Bridge Housing Trust", "Northern Pathways CIC", "org-bridge-housing"]) {
      expect(text, loser).not.toContain(loser);
    }
    expect(text).not.toContain("An unanswered question");
    expect(text).not.toContain("include a home visit");
  });

  it("is for commissioners of the region, and only for published opportunities", async () => {
    const opportunity = await competitionWithThreeBids();
    const provider = await api("GET", `/api/opportunities/${opportunity.id}/ocds`, {
      token: await tokenFor("user-provider-bridge"),
    });
    expect(provider.status).toBe(403);
    const wales = await as("user-commissioner-wales", "GET", `/api/opportunities/${opportunity.id}/ocds`);
    expect(wales.status).toBe(404);
    const draft = await as(lead, "POST", "/api/opportunities", {
      title: "A draft",
      needAreaId: "accommodation",
      regionIds: ["london"],
    });
    expect((await ocds(draft.body.id)).status).toBe(404);
  });

  it("rejects a package that breaks the schema (the validator can fail)", async () => {
    expect(
      validate.releasePackage({
        uri: "x",
        version: "1.1",
        publishedDate: "now",
        publisher: {},
        releases: [],
      }),
    ).not.toEqual([]);
    const opportunity = await competitionWithThreeBids();
    const res = await ocds(opportunity.id);
    const broken = structuredClone(res.body);
    broken.releases[0].tender.status = "open";
    expect(validate.releasePackage(broken)).not.toEqual([]);
  });
});
