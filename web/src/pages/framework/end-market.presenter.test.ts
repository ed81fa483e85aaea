import { describe, expect, it } from "vitest";
import { closingDateText, toCessationRequest } from "./end-market.presenter.ts";

describe("the end-the-market answers", () => {
  it("sends the typed date as a calendar date and the reason as typed", () => {
    expect(
      toCessationRequest({ closesOn: { day: "1", month: "7", year: "2027" }, reason: "Moving." }),
    ).toEqual({
      closesOn: "2027-07-01",
      reason: "Moving.",
    });
  });

  it("keeps a date that cannot be read, so the schema explains it", () => {
    expect(
      toCessationRequest({ closesOn: { day: "31", month: "2", year: "2027" }, reason: "" }).closesOn,
    ).toBe("not a date");
  });

  it("shows the date as people read it", () => {
    expect(closingDateText({ day: "1", month: "7", year: "2027" })).toBe("1 July 2027");
  });
});
