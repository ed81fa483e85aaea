import { describe, expect, it } from "vitest";
import type { Bid } from "#shared/bids/bid.ts";
import type { Opportunity } from "#shared/opportunities/opportunity.ts";
import { bidTaskListView, checkBidView } from "./bid-progress.presenter.ts";

const opportunity = (status: Opportunity["status"]): Opportunity =>
  ({
    id: "o1",
    title: "Debt advice",
    needAreaId: "finance-benefits-debt",
    regionIds: ["london"],
    tiers: ["low"],
    qualityQuestions: [{ id: "q1", text: "How?", weight: 40, wordLimit: 100 }],
    status,
    version: 1,
  }) as unknown as Opportunity;

const bid = (status: Bid["status"], socialValueAnswer = ""): Bid =>
  ({
    status,
    version: 3,
    content: { offers: {}, qualityAnswers: { q1: "Quickly." }, socialValueAnswer, attachments: [{}, {}] },
  }) as unknown as Bid;

describe("the bid's task list", () => {
  it("lists the sections by group and counts those completed", () => {
    const view = bidTaskListView(opportunity("open"), bid("draft", "Volunteers"));
    expect(view.sections.offers.map((s) => [s.title, s.status])).toEqual([
      ["Low complexity offer", "not-started"],
    ]);
    expect(view.sections.quality.map((s) => s.status)).toEqual(["completed"]);
    expect([view.completed, view.total, view.attachments]).toEqual([2, 3, 2]);
  });

  it("offers check-and-submit while open, withdraw once submitted, only a view after the deadline", () => {
    expect(bidTaskListView(opportunity("open"), null)).toMatchObject({
      finish: "check-and-submit",
      notice: undefined,
    });
    expect(bidTaskListView(opportunity("open"), bid("withdrawn"))).toMatchObject({
      finish: "check-and-submit",
      notice: "withdrawn",
    });
    expect(bidTaskListView(opportunity("open"), bid("submitted"))).toMatchObject({
      finish: "view-or-withdraw",
      notice: "submitted",
    });
    expect(bidTaskListView(opportunity("closed"), bid("submitted"))).toMatchObject({
      finish: "view",
      notice: "closed",
    });
    expect(bidTaskListView(opportunity("closed"), null)).toMatchObject({ finish: "none", open: false });
  });

  it("offers the submit button on the check page only for an open bid not yet submitted", () => {
    expect(checkBidView(opportunity("open"), null)).toBe("not-started");
    expect(checkBidView(opportunity("closed"), bid("draft"))).toBe("closed");
    expect(checkBidView(opportunity("open"), bid("submitted"))).toBe("submitted");
    expect(checkBidView(opportunity("open"), bid("withdrawn"))).toBe("ready");
  });
});
