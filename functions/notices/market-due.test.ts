import { describe, expect, it } from "vitest";
import type { StoredNotice } from "./repository.ts";
import { cessationBasis, type MarketRecord, marketDueNotices } from "./market-due.ts";

const scopeNow = "areas:a,b|regions:x";
let clock = 0;
const notice = (kind: StoredNotice["kind"], extra: Partial<StoredNotice> = {}): StoredNotice =>
  ({
    id: `N${(clock += 1)}`,
    kind,
    status: "published",
    createdAt: `2026-01-01T00:00:${String(clock).padStart(2, "0")}.000Z`,
    ...extra,
  }) as StoredNotice;
const open: MarketRecord = { status: "open", scopeBasis: scopeNow };
const kinds = (notices: StoredNotice[], market: MarketRecord = open) =>
  marketDueNotices(notices, market).map((d) => d.kind);

describe("the dynamic market's due notices", () => {
  it("asks for the establishment notice first", () => {
    expect(kinds([])).toEqual(["dynamicMarketEstablishment"]);
  });

  it("treats an establishment notice published before scopes were recorded as the scope now", () => {
    expect(kinds([notice("dynamicMarketEstablishment")])).toEqual([]);
  });

  it("asks for a modification once the scope differs from the latest notice's, until one is drafted", () => {
    const established = notice("dynamicMarketEstablishment", { basis: "areas:a|regions:x" });
    expect(kinds([established])).toEqual(["dynamicMarketModification"]);
    expect(
      kinds([established, notice("dynamicMarketModification", { status: "draft", basis: scopeNow })]),
    ).toEqual([]);
    expect(kinds([established, notice("dynamicMarketModification", { basis: scopeNow })])).toEqual([]);
    // Not once the market has closed: there is nothing left to modify.
    expect(kinds([established], { ...open, status: "closed" })).toEqual([]);
  });

  it("asks for a cessation notice once per announcement (a withdrawn and re-announced end needs its own)", () => {
    const established = notice("dynamicMarketEstablishment");
    const first = { closesOn: "2027-07-01", reason: "Replaced.", announcedAt: "2027-01-01T10:00:00.000Z" };
    const closing: MarketRecord = { ...open, status: "closing", cessation: first };
    expect(kinds([established], closing)).toEqual(["dynamicMarketCessation"]);
    const ceased = notice("dynamicMarketCessation", { basis: cessationBasis(first) });
    expect(kinds([established, ceased], closing)).toEqual([]);
    const again = { ...first, announcedAt: "2027-02-01T10:00:00.000Z" };
    expect(kinds([established, ceased], { ...closing, cessation: again })).toEqual([
      "dynamicMarketCessation",
    ]);
  });
});
