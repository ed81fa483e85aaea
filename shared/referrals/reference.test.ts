import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asReference, generateReference, referencePattern } from "./reference.ts";

describe("referral references", () => {
  it("are two letters, four digits and two letters with no ambiguous characters, whatever the random source", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
          minLength: 8,
          maxLength: 8,
        }),
        (values) => {
          let i = 0;
          const reference = generateReference(() => values[i++]!);
          expect(reference).toMatch(referencePattern);
          expect(reference).not.toMatch(/[IO01]/);
        },
      ),
    );
  });

  it("cover both ends of the alphabets", () => {
    expect(generateReference(() => 0)).toBe("AA2222AA");
    expect(generateReference(() => 0.999999)).toBe("ZZ9999ZZ");
  });

  it("are recognised in what a person types, in any case and with spaces", () => {
    expect(asReference(" hn48 29ac ")).toBe("HN4829AC");
    expect(asReference("HN4829A")).toBeUndefined();
    expect(asReference("HO4829AC")).toBeUndefined();
    expect(asReference("X123456")).toBeUndefined();
  });
});
