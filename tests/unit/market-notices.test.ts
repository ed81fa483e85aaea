import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  currentScope,
  draftDynamicMarketCessation,
  draftDynamicMarketModification,
  scopeBasis,
  scopeOf,
} from "#shared/notices/market-drafts.ts";
import { publishedRelease } from "#shared/notices/releases.ts";
import { findRegion } from "#shared/reference/index.ts";
import { ocdsValidators } from "../support/ocds.ts";

const validate = ocdsValidators();
const all = currentScope();
const scope = fc.record({
  needAreaIds: fc.subarray(all.needAreaIds),
  regionIds: fc.subarray(all.regionIds),
});
const release = (drafted: ReturnType<typeof draftDynamicMarketModification>) =>
  publishedRelease({
    ocid: "ocds-dfp000-framework",
    noticeId: "01JNOTICE",
    publishedAt: "2027-01-04T10:00:00.000Z",
    tag: drafted.tag,
    textAt: drafted.textAt,
    description: drafted.description,
    sections: drafted.release,
  });

describe("the dynamic market's notices, over any scopes", () => {
  it("record a scope that reads back the same, and differ only when the scope does", () => {
    fc.assert(
      fc.property(scope, scope, (a, b) => {
        expect(scopeOf(scopeBasis(a))).toEqual({
          needAreaIds: [...a.needAreaIds].sort(),
          regionIds: [...a.regionIds].sort(),
        });
        const same =
          new Set(a.needAreaIds).size === new Set([...a.needAreaIds, ...b.needAreaIds]).size &&
          a.needAreaIds.length === b.needAreaIds.length &&
          new Set(a.regionIds).size === new Set([...a.regionIds, ...b.regionIds]).size &&
          a.regionIds.length === b.regionIds.length;
        expect(scopeBasis(a) === scopeBasis(b)).toBe(same);
      }),
    );
  });

  it("publish valid OCDS releases whatever changed, naming exactly the regions added", () => {
    fc.assert(
      fc.property(scope, scope, (before, after) => {
        const drafted = draftDynamicMarketModification(before, after);
        expect(validate.release(release(drafted))).toEqual([]);
        const added = after.regionIds.filter((r) => !before.regionIds.includes(r));
        expect(drafted.facts.find((f) => f.label === "Regions added")!.value).toBe(
          added.length ? added.map((id) => findRegion(id)!.name).join(", ") : "None",
        );
        const ceased = draftDynamicMarketCessation({ closesOn: "2027-03-28", reason: "Replaced." }, after);
        expect(validate.release(release(ceased))).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
