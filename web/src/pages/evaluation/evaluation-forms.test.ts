import { describe, expect, it } from "vitest";
import { declareConflictsSchema, type Evaluation } from "#shared/evaluation/evaluation.ts";
import {
  declarationLinks,
  declarationMessages,
  declarationRequest,
  declarationValues,
} from "./declaration-form.ts";
import { outcomeFlash, outcomeRequest, outcomeValues } from "./outcome-form.ts";

const bids = [
  {
    organisationId: "org-b",
    organisationName: "Bridge Housing Trust",
    submittedAt: "2026-11-01T00:00:00.000Z",
  },
  {
    organisationId: "org-p",
    organisationName: "Northern Pathways CIC",
    submittedAt: "2026-11-01T00:00:00.000Z",
  },
] satisfies Evaluation["bids"];

describe("the declaration form", () => {
  it("asks for every bidder and names the bidder in each message", () => {
    const values = declarationValues(bids);
    values.bidders[1] = { organisationId: "org-p", conflict: "yes", details: "" };
    const issues = declareConflictsSchema.safeParse(declarationRequest(values)).error?.issues ?? [];
    const named = issues.map((i) => declarationMessages(bids)(i.path.join("."), i.message));
    expect(named).toEqual([
      "Say whether you have a conflict of interest with Bridge Housing Trust",
      "Describe the conflict of interest with Northern Pathways CIC",
    ]);
  });

  it("sends yes and no as true and false, with details only for a conflict", () => {
    expect(
      declarationRequest({
        bidders: [
          { organisationId: "org-b", conflict: "no", details: "typed, then changed to no" },
          { organisationId: "org-p", conflict: "yes", details: "My sister works there" },
        ],
      }),
    ).toEqual({
      bidders: [
        { organisationId: "org-b", conflict: false },
        { organisationId: "org-p", conflict: true, details: "My sister works there" },
      ],
    });
  });

  it("links each bidder's answer to its radios and details by the bidder's id", () => {
    expect(declarationLinks(bids)).toMatchObject({
      "bidders.0.conflict": "#conflict-org-b",
      "bidders.1.details": "#details-org-p",
    });
  });
});

describe("the outcome form", () => {
  it("has cancel chosen during standstill, when it is the only decision left", () => {
    expect(outcomeValues("standstill").decision).toBe("cancel");
    expect(outcomeValues("evaluating").decision).toBeUndefined();
  });

  it("sends the awarded bids only with an award, always with the evaluation's version", () => {
    const request = outcomeRequest(7);
    expect(request({ decision: "award", organisationIds: ["org-b"], reason: "Best" })).toEqual({
      decision: "award",
      organisationIds: ["org-b"],
      reason: "Best",
      version: 7,
    });
    expect(request({ decision: "cancel", organisationIds: ["org-b"], reason: "No budget" })).toEqual({
      decision: "cancel",
      reason: "No budget",
      version: 7,
    });
  });

  it("says what was decided", () => {
    expect(outcomeFlash("award")).toBe(
      "Contract awarded: send the assessment summaries and publish the contract award notice to start standstill",
    );
    expect(outcomeFlash("unsuccessful")).toBe("Competition declared unsuccessful");
  });
});
