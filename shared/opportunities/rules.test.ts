import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { OpportunityFields } from "./opportunity.ts";
import {
  crossFieldErrors,
  fieldRuleErrors,
  opportunityStatus,
  publishableOpportunitySchema,
  publishErrors,
  weightTotal,
} from "./rules.ts";

const now = new Date("2026-11-23T12:00:00Z");

const completeOpportunity = (): OpportunityFields => ({
  title: "Accommodation support in London",
  description: "Help people on probation find and keep settled accommodation.",
  needAreaId: "accommodation",
  regionIds: ["london"],
  pduIds: ["camden-and-islington"],
  tiers: ["low", "medium", "high"],
  contractStart: "2027-04-01",
  contractEnd: "2029-03-31",
  expectedReferralsPerYear: 300,
  budgetCeilingPence: 50_000_000,
  qualityQuestions: [
    { id: "q1", text: "How will you find accommodation?", weight: 40, wordLimit: 500 },
    { id: "q2", text: "How will you keep people housed?", weight: 20, wordLimit: 300 },
  ],
  socialValueWeight: 10,
  priceWeight: 30,
  clarificationDeadline: "2026-12-07T12:00:00.000Z",
  submissionDeadline: "2026-12-14T12:00:00.000Z",
});

describe("publishing rules", () => {
  it("accepts a complete opportunity whose weights total 100", () => {
    expect(publishErrors(completeOpportunity(), now)).toEqual([]);
  });

  it("names the weight fields when the total is not 100", () => {
    const errors = publishErrors({ ...completeOpportunity(), priceWeight: 35 }, now);
    expect(errors.map((e) => e.path)).toEqual(["qualityQuestions", "socialValueWeight", "priceWeight"]);
    expect(errors[0]?.message).toBe("The weights must add up to 100; they add up to 105");
  });

  it("needs social value to carry at least 10%", () => {
    const errors = crossFieldErrors({ ...completeOpportunity(), socialValueWeight: 5, priceWeight: 35 });
    expect(errors.find((e) => e.path === "socialValueWeight")?.message).toContain("at least 10%");
  });

  it("refuses a high tier for Attitudes, Thinking & Behaviour", () => {
    const errors = crossFieldErrors({ needAreaId: "attitudes-thinking-behaviour", tiers: ["low", "high"] });
    expect(errors).toEqual([{ path: "tiers.1", message: "This need area is not bought at high complexity" }]);
  });

  it("lists every missing field of a bare draft, in plain English", () => {
    const errors = publishErrors({ title: "Draft", needAreaId: "accommodation", regionIds: ["london"] }, now);
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        "description",
        "tiers",
        "contractStart",
        "qualityQuestions",
        "submissionDeadline",
      ]),
    );
    expect(errors.every((e) => !e.message.startsWith("Invalid input"))).toBe(true);
  });

  it("needs deadlines in the future and in order", () => {
    const past = publishErrors(
      { ...completeOpportunity(), submissionDeadline: "2026-11-23T11:59:59.999Z" },
      now,
    );
    expect(past.map((e) => e.path)).toContain("submissionDeadline");
    expect(past.map((e) => e.path)).toContain("clarificationDeadline");
  });

  it("weights: the total is the sum of every part (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 90 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (weights, social, price) => {
          const questions = weights.map((weight, i) => ({
            id: `q${i + 1}`,
            text: "Q",
            weight,
            wordLimit: 100,
          }));
          const total = weightTotal({
            qualityQuestions: questions,
            socialValueWeight: social,
            priceWeight: price,
          });
          const flagged = crossFieldErrors({
            qualityQuestions: questions,
            socialValueWeight: social,
            priceWeight: price,
          }).some((e) => e.path === "priceWeight");
          expect(flagged).toBe(total !== 100);
        },
      ),
    );
  });
});

describe("every problem at once", () => {
  const fourProblems = () => ({
    ...completeOpportunity(),
    contractStart: "2027-02-31",
    qualityQuestions: [
      { id: "q1", text: "How will you find accommodation?", weight: 40, wordLimit: 10 },
      { id: "q2", text: "How will you keep people housed?", weight: 20, wordLimit: 300 },
    ],
    priceWeight: 15,
    clarificationDeadline: "2026-12-15T12:00:00.000Z",
  });

  it("reports a field's own problem and the rules between fields in one pass", () => {
    const checked = publishableOpportunitySchema.safeParse(fourProblems());
    const messages = checked.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining([
        "Enter the contract start date as a real date",
        "The word limit for question 1 must be at least 50 words",
        "The weights must add up to 100; they add up to 85",
        "The clarification deadline must be before the submission deadline",
      ]),
    );
    expect(publishErrors(fourProblems(), now).map((e) => e.path)).toEqual(
      expect.arrayContaining([
        "contractStart",
        "qualityQuestions.0.wordLimit",
        "priceWeight",
        "clarificationDeadline",
      ]),
    );
  });

  it("never judges a rule between fields on an unreadable value", () => {
    const checked = publishableOpportunitySchema.safeParse({
      ...completeOpportunity(),
      priceWeight: "thirty",
      contractEnd: "2027-02-30",
    });
    const messages = checked.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toContain("Enter the price weight as a number");
    expect(messages.some((m) => m.startsWith("The weights must add up"))).toBe(false);
    expect(messages).not.toContain("The contract must end after it starts");
  });
});

describe("drafts", () => {
  it("keep the rules between fields for publishing, but never a field's own rule", () => {
    const unfinished = {
      ...completeOpportunity(),
      priceWeight: 15,
      clarificationDeadline: "2026-12-15T12:00:00.000Z",
    };
    expect(fieldRuleErrors(unfinished)).toEqual([]);
    expect(fieldRuleErrors({ socialValueWeight: 5 }).map((e) => e.path)).toEqual(["socialValueWeight"]);
  });
});

describe("status", () => {
  it("is closed one millisecond after the submission deadline, open up to it", () => {
    const o = { state: "published" as const, submissionDeadline: "2026-11-23T12:00:00.000Z" };
    expect(opportunityStatus(o, new Date("2026-11-23T12:00:00.000Z"))).toBe("open");
    expect(opportunityStatus(o, new Date("2026-11-23T12:00:00.001Z"))).toBe("closed");
    expect(opportunityStatus({ state: "cancelled" }, now)).toBe("cancelled");
  });
});
