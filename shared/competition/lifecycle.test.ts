import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CompetitionAction,
  type CompetitionFacts,
  type CompetitionStage,
  competitionStage,
  decide,
} from "./lifecycle.ts";

const now = new Date("2027-01-10T12:00:00Z");
const hour = 3_600_000;
const at = (offsetHours: number) => new Date(now.getTime() + offsetHours * hour).toISOString();

const actions: CompetitionAction[] = [
  "publish",
  "cancel",
  "evaluate",
  "read-evaluation",
  "award",
  "declare-unsuccessful",
  "create-contracts",
];

/** Any combination of stored facts, including ones old code could leave (a cancelled opportunity whose evaluation still runs). */
const factsArb: fc.Arbitrary<CompetitionFacts> = fc.record({
  opportunityState: fc.constantFrom("draft", "published", "cancelled"),
  submissionDeadline: fc.option(fc.integer({ min: -500, max: 500 }).map(at), { nil: undefined }),
  evaluationState: fc.constantFrom(
    undefined,
    "evaluating",
    "standstill",
    "contracted",
    "unsuccessful",
    "cancelled",
  ),
  standstillEndsAt: fc.option(fc.integer({ min: -500, max: 500 }).map(at), { nil: undefined }),
});

/** The order of the forward path; the two endings sit outside it. */
const forward: CompetitionStage[] = [
  "draft",
  "published",
  "closed",
  "in-evaluation",
  "standstill",
  "awarded",
  "contracted",
];

const contracted: CompetitionFacts = {
  opportunityState: "published",
  submissionDeadline: at(-400),
  evaluationState: "contracted",
  standstillEndsAt: at(-100),
};

describe("the competition's stage", () => {
  it("follows the clock: open before the deadline, closed after it, awarded once standstill ends", () => {
    const published: CompetitionFacts = { opportunityState: "published", submissionDeadline: at(1) };
    expect(competitionStage(published, now)).toBe("published");
    expect(competitionStage({ ...published, submissionDeadline: at(-1) }, now)).toBe("closed");
    const standstill: CompetitionFacts = {
      ...published,
      evaluationState: "standstill",
      standstillEndsAt: at(2),
    };
    expect(competitionStage(standstill, now)).toBe("standstill");
    expect(competitionStage({ ...standstill, standstillEndsAt: at(-2) }, now)).toBe("awarded");
  });

  it("is cancelled whenever either half says so", () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const cancelled = facts.opportunityState === "cancelled" || facts.evaluationState === "cancelled";
        expect(competitionStage(facts, now) === "cancelled").toBe(cancelled);
      }),
    );
  });
});

describe("what may happen next", () => {
  it("refuses everything on a cancelled competition, with a reason a person can act on", () => {
    fc.assert(
      fc.property(factsArb, fc.constantFrom(...actions), (facts, action) => {
        const cancelledFacts = { ...facts, opportunityState: "cancelled" as const };
        const decision = decide(cancelledFacts, action, now);
        expect(decision.allowed).toBe(false);
        if (!decision.allowed) expect(decision.reason).toMatch(/cancelled/);
      }),
    );
  });

  it("never cancels once contracts exist, and points to terminating the contract", () => {
    const decision = decide(contracted, "cancel", now);
    expect(decision).toMatchObject({ allowed: false, from: "contracted" });
    if (!decision.allowed) expect(decision.reason).toMatch(/terminate/);
  });

  it("only ever moves forward, or ends the competition", () => {
    fc.assert(
      fc.property(factsArb, fc.constantFrom(...actions), (facts, action) => {
        const decision = decide(facts, action, now);
        if (!decision.allowed) {
          expect(decision.reason.length).toBeGreaterThan(10);
          return;
        }
        if (decision.to === "cancelled" || decision.to === "unsuccessful") {
          expect(decision.from).not.toBe("contracted");
          return;
        }
        expect(forward.indexOf(decision.to)).toBeGreaterThanOrEqual(forward.indexOf(decision.from));
      }),
    );
  });

  it("allows evaluation, award and contracts only at their own points", () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const stage = competitionStage(facts, now);
        expect(decide(facts, "evaluate", now).allowed).toBe(stage === "closed" || stage === "in-evaluation");
        expect(decide(facts, "award", now).allowed).toBe(stage === "closed" || stage === "in-evaluation");
        expect(decide(facts, "create-contracts", now).allowed).toBe(stage === "awarded");
      }),
    );
  });

  it("says when contracts can be created during standstill", () => {
    const decision = decide(
      { ...contracted, evaluationState: "standstill", standstillEndsAt: "2027-01-20T17:00:00.000Z" },
      "create-contracts",
      now,
    );
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) expect(decision.reason).toMatch(/standstill period ends at .*20 January 2027/);
  });

  it("refuses evaluation before the deadline, naming it", () => {
    const decision = decide({ opportunityState: "published", submissionDeadline: at(3) }, "evaluate", now);
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) expect(decision.reason).toMatch(/until the deadline for bids has passed/);
  });
});
