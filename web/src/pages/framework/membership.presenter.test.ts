import { describe, expect, it } from "vitest";
import { formatDateTime } from "../../format/format.ts";
import {
  actionItems,
  actionsFrom,
  confirmation,
  groundItems,
  membershipDetails,
} from "./membership.presenter.ts";

describe("a supplier's membership, as an administrator changes it", () => {
  it("offers suspend or remove to an active supplier, lifting or removal when suspended, nothing once removed", () => {
    expect(actionsFrom("active")).toEqual(["suspend", "remove"]);
    expect(actionsFrom("suspended")).toEqual(["reinstate", "remove"]);
    expect(actionsFrom("removed")).toEqual([]);
    expect(actionItems("suspended").map((i) => i.text)).toEqual(["Lift the suspension", "Remove"]);
  });

  it("words each ground as a sentence and confirms what is now true", () => {
    expect(groundItems.find((g) => g.value === "debarment")?.text).toBe(
      "An entry on the central debarment list",
    );
    expect(confirmation("Bridge Housing Trust", "suspended")).toBe(
      "Bridge Housing Trust has been suspended and told why",
    );
    expect(confirmation("Bridge Housing Trust", "active")).toBe(
      "Bridge Housing Trust’s suspension has been lifted",
    );
  });
});

describe("a supplier's membership, summarised", () => {
  it("gives the reason and since when only once the membership has changed", () => {
    expect(membershipDetails({})).toEqual([]);
    const at = "2026-11-20T10:30:00.000Z";
    expect(membershipDetails({ reason: "Insurance certificate lapsed.", at })).toEqual([
      { key: "Reason given", value: "Insurance certificate lapsed." },
      { key: "Since", value: formatDateTime(at) },
    ]);
  });
});
