import { describe, expect, it } from "vitest";
import { decisionDue } from "./applications.presenter.ts";

describe("an application's decision due date on the administrators' list", () => {
  it("reads as a London date and carries the overdue flag", () => {
    // End of 7 January (GMT) and end of 1 July (BST, 22:59 UTC): the London date either way.
    expect(
      decisionDue({ status: "submitted", decisionDueAt: "2027-01-07T23:59:59.999Z", overdue: true }),
    ).toEqual({ text: "Due 7 January 2027", overdue: true });
    expect(decisionDue({ status: "submitted", decisionDueAt: "2027-07-01T22:59:59.999Z" })).toEqual({
      text: "Due 1 July 2027",
      overdue: false,
    });
  });

  it("shows nothing due once decided", () => {
    expect(decisionDue({ status: "admitted", decisionDueAt: "2027-01-07T23:59:59.999Z" })).toBeUndefined();
  });
});
