import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { organisationsNamedIn } from "./clarification.ts";

const names = ["Bridge Housing Trust", "Northern Pathways CIC", "Open Door Advice", "Money Matters London"];

describe("organisations named in a question", () => {
  it("finds a name whatever its case and spacing", () => {
    expect(
      organisationsNamedIn("We at BRIDGE housing  trust would like to know about phasing.", names),
    ).toEqual(["Bridge Housing Trust"]);
  });

  it("finds several names, each once", () => {
    expect(
      organisationsNamedIn(
        "Could Northern Pathways CIC subcontract to money matters london? Northern Pathways CIC asks.",
        names,
      ),
    ).toEqual(["Northern Pathways CIC", "Money Matters London"]);
  });

  it("does not match part of a word", () => {
    expect(
      organisationsNamedIn("Can we reopen door advice services in stages?", ["Open Door Advice"]),
    ).toEqual([]);
  });

  it("finds any name inserted anywhere in any case", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        fc.boolean(),
        (name, before, after, upper) => {
          const shown = upper ? name.toUpperCase() : name.toLowerCase();
          expect(organisationsNamedIn(`${before} ${shown} ${after}`, names)).toContain(name);
        },
      ),
    );
  });
});
