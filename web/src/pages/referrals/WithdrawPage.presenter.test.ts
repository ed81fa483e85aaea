import { describe, expect, it } from "vitest";
import { withdrawWords } from "./WithdrawPage.presenter.ts";

describe("the withdraw page's words", () => {
  it("closes a started referral early", () => {
    expect(withdrawWords({ status: "in-progress" })).toEqual({
      title: "Close this referral early",
      button: "Close referral early",
      flash: "Referral closed early",
    });
  });

  it("withdraws a referral the provider has not started", () => {
    expect(withdrawWords({ status: "sent" }).title).toBe("Withdraw this referral");
    expect(withdrawWords({ status: "sent" }).flash).toBe("Referral withdrawn");
  });
});
