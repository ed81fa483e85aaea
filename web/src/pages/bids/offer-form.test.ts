import { describe, expect, it } from "vitest";
import { type Bid, saveBidSchema } from "#shared/bids/bid.ts";
import { withAnswer } from "./bid-request.ts";
import { offerFromValues, offerLinks, offerRequest, offerValuesFrom } from "./offer-form.ts";

const bid = {
  opportunityId: "o1",
  organisationId: "org1",
  organisationName: "Bridge",
  status: "draft",
  content: {
    offers: { medium: { title: "Keep me" } },
    qualityAnswers: { q1: "An answer" },
    socialValueAnswer: "",
    attachments: [],
  },
  createdAt: "2026-11-01T00:00:00.000Z",
  updatedAt: "2026-11-01T00:00:00.000Z",
  version: 4,
} satisfies Bid;

describe("the offer form", () => {
  it("shows a saved offer as typed text: pence as pounds, numbers as text", () => {
    const values = offerValuesFrom({ title: "Home Finder", sessions: 6, pricePerReferralPence: 41050 });
    expect(values).toMatchObject({
      title: "Home Finder",
      sessions: "6",
      pricePerReferral: "410.50",
      cohorts: [],
    });
  });

  it("leaves blank fields out of a draft and reads pounds and numbers as the request holds them", () => {
    const values = {
      ...offerValuesFrom(undefined),
      title: "Home Finder",
      pricePerReferral: "£1,250.5",
      capacityPerYear: "1,200",
    };
    expect(offerFromValues(values)).toEqual({
      title: "Home Finder",
      pricePerReferralPence: 125050,
      capacityPerYear: 1200,
    });
  });

  it("passes what cannot be read on as typed, so the shared schema words the error", () => {
    const values = {
      ...offerValuesFrom(undefined),
      sessions: "six",
      sessionMinutes: "45.5",
      pricePerReferral: "lots",
    };
    const request = offerRequest(null, "low")(values);
    const issues = saveBidSchema.safeParse(request).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual([
      ["content.offers.low.sessions", "Enter the number of sessions for the low complexity offer"],
      [
        "content.offers.low.sessionMinutes",
        "Enter the session length in whole minutes for the low complexity offer",
      ],
      [
        "content.offers.low.pricePerReferralPence",
        "Enter the price per referral for the low complexity offer",
      ],
    ]);
  });

  it("saves the whole bid with this tier's offer replaced and the version it was loaded at", () => {
    const request = offerRequest(bid, "low")({ ...offerValuesFrom(undefined), title: "New" });
    expect(request.version).toBe(4);
    expect(request.content.offers).toEqual({ medium: { title: "Keep me" }, low: { title: "New" } });
    expect(request.content.qualityAnswers).toEqual({ q1: "An answer" });
  });

  it("removes an offer emptied of everything, and starts a bid at version 0", () => {
    expect(offerRequest(bid, "medium")(offerValuesFrom(undefined)).content.offers).toEqual({});
    expect(offerRequest(null, "low")(offerValuesFrom(undefined))).toMatchObject({ version: 0 });
  });

  it("links the offer's fields, and the offer as a whole, to the controls", () => {
    const links = offerLinks("low");
    expect(links["content.offers.low"]).toBe("#title");
    expect(links["content.offers.low.pricePerReferralPence"]).toBe("#pricePerReferral");
    expect(Object.keys(links).indexOf("content.offers.low.sessions")).toBeLessThan(
      Object.keys(links).indexOf("content.offers.low.capacityPerYear"),
    );
  });

  it("keeps a text answer, or leaves the section unstarted when it is blank", () => {
    expect(withAnswer({ q1: "a" }, "q2", "b")).toEqual({ q1: "a", q2: "b" });
    expect(withAnswer({ q1: "a" }, "q1", "  ")).toEqual({});
  });
});
