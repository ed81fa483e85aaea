import { describe, expect, it } from "vitest";
import { csvCell, resultsCsv } from "./csv.ts";
import type { Results } from "./evaluation.ts";
import { rankBids } from "./scoring.ts";

const bid = (organisationId: string, organisationName: string, low: number, score: number) => ({
  organisationId,
  organisationName,
  submittedAt: "2026-12-01T09:00:00.000Z",
  prices: { low },
  quality: { q1: score },
  socialValue: score,
});

describe("results CSV", () => {
  it("quotes commas, quotes and line breaks, and defuses spreadsheet formulas", () => {
    expect(csvCell("Smith, Jones & Co")).toBe('"Smith, Jones & Co"');
    expect(csvCell('The "best" CIC')).toBe('"The ""best"" CIC"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell(-3)).toBe("-3");
  });

  it("has a header and one row per ranked bid, best first, with the working", () => {
    const weights = { questions: [{ id: "q1", weight: 60 }], socialValue: 10, price: 30 };
    const ranking = rankBids(
      { questions: weights.questions, socialValueWeight: 10, priceWeight: 30, tiers: ["low"] },
      [bid("a", "Alpha", 50_000, 2), bid("b", "Beta, Ltd", 40_000, 4)],
    );
    const results: Results = { opportunityId: "o", complete: true, awaitingModeration: [], weights, ranking };
    const lines = resultsCsv(results).trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      "Rank,Organisation,Submitted at,Question 1 moderated score (weight 60),Social value moderated score (weight 10),Quality score,Social value score,Volume-weighted price per referral (GBP),Lowest volume-weighted price (GBP),Price score (weight 30),Total,Passes quality threshold,Estimated contract value (GBP),Over budget",
    );
    expect(lines[1]).toBe(
      '1,"Beta, Ltd",2026-12-01T09:00:00.000Z,4,4,60.00,10.00,400.00,400.00,30.00,100.00,yes,,no',
    );
    expect(lines[2]?.startsWith("2,Alpha,")).toBe(true);
  });
});
