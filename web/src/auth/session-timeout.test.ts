import { describe, expect, it } from "vitest";
import { remainingText, renewalTiming } from "./session-timeout.ts";

const minute = 60_000;
const issuedAt = Date.UTC(2026, 10, 29, 9);

describe("renewalTiming", () => {
  it("renews an hour-long token five minutes before it expires, retrying each minute", () => {
    expect(renewalTiming({ issuedAt, expiresAt: issuedAt + 60 * minute })).toEqual({
      aheadMs: 5 * minute,
      retryMs: minute,
    });
  });

  it("renews a short-lived token half way through its life, so a refused renewal is retried before it expires", () => {
    const timing = renewalTiming({ issuedAt, expiresAt: issuedAt + 4 * minute });
    expect(timing).toEqual({ aheadMs: 2 * minute, retryMs: minute });
    // The renewal starts at two minutes; a retry a minute later still lands before expiry.
    expect(timing.aheadMs - timing.retryMs).toBeGreaterThan(0);
  });

  it("keeps the defaults when the token does not say when it was issued", () => {
    expect(renewalTiming({ expiresAt: issuedAt + 2 * minute })).toEqual({
      aheadMs: 5 * minute,
      retryMs: minute,
    });
    expect(renewalTiming({})).toEqual({ aheadMs: 5 * minute, retryMs: minute });
  });
});

describe("remainingText", () => {
  it("says minutes, then seconds, as the warning counts down", () => {
    expect(remainingText(2 * minute)).toBe("2 minutes");
    expect(remainingText(61_000)).toBe("2 minutes");
    expect(remainingText(minute)).toBe("1 minute");
    expect(remainingText(45_000)).toBe("45 seconds");
    expect(remainingText(1_000)).toBe("1 second");
  });
});
