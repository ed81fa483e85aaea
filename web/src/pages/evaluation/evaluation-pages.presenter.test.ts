import { describe, expect, it } from "vitest";
import type { Evaluation, ModerationView } from "#shared/evaluation/evaluation.ts";
import type { Opportunity } from "#shared/opportunities/opportunity.ts";
import { evaluationHubView, queueAction } from "./evaluation-hub.presenter.ts";
import { answerName, moderationAnswers, moderationStep } from "./moderation.presenter.ts";

const evaluation = (change: Partial<Evaluation>): Evaluation => ({
  opportunityId: "o1",
  opportunityTitle: "Debt advice",
  leadUserId: "lead",
  youAreLead: true,
  youAreEvaluator: true,
  youHaveDeclared: true,
  state: "evaluating",
  panel: [],
  bids: [],
  version: 2,
  ...change,
});
const opportunity = (canCreateContracts?: boolean) =>
  ({
    id: "o1",
    ...(canCreateContracts === undefined ? {} : { lifecycle: { stage: "standstill", canCreateContracts } }),
  }) as Opportunity;

describe("the evaluation hub", () => {
  it("lets the lead name the panel, then change it, while evaluating", () => {
    expect(evaluationHubView(opportunity(), evaluation({})).panelLink).toBe("Name the panel");
    const named = evaluation({ panel: [{ userId: "u", name: "Helen", declared: false }] });
    expect(evaluationHubView(opportunity(), named).panelLink).toBe("Change the panel");
    expect(evaluationHubView(opportunity(), evaluation({ youAreLead: false })).panelLink).toBeUndefined();
  });

  it("offers the lead a decision while evaluating and only cancelling during standstill", () => {
    expect(evaluationHubView(opportunity(), evaluation({})).outcomeLink).toBe(
      "Award, declare unsuccessful or cancel",
    );
    expect(evaluationHubView(opportunity(false), evaluation({ state: "standstill" })).outcomeLink).toBe(
      "Cancel the competition",
    );
    expect(evaluationHubView(opportunity(), evaluation({ state: "contracted" })).outcomeLink).toBeUndefined();
  });

  it("offers 'Create contracts' only when the life cycle allows it, and says to wait before", () => {
    expect(evaluationHubView(opportunity(false), evaluation({ state: "standstill" })).createContracts).toBe(
      "wait",
    );
    expect(evaluationHubView(opportunity(true), evaluation({ state: "standstill" })).createContracts).toBe(
      "offer",
    );
    expect(
      evaluationHubView(opportunity(true), evaluation({ state: "standstill", youAreLead: false }))
        .createContracts,
    ).toBe("none");
  });

  it("shows evaluators their queue only while evaluating, and the outcome once decided", () => {
    expect(evaluationHubView(opportunity(), evaluation({}))).toMatchObject({
      scoringQueue: true,
      outcome: false,
    });
    expect(evaluationHubView(opportunity(), evaluation({ state: "contracted" }))).toMatchObject({
      scoringQueue: false,
      outcome: true,
      contracts: true,
    });
  });

  it("offers each bid in the queue by the evaluator's status with it", () => {
    expect([
      queueAction("to-score"),
      queueAction("scored"),
      queueAction("conflict"),
      queueAction(undefined),
    ]).toEqual(["score", "compare", "none", "none"]);
  });
});

const view = (sheetsSubmitted: number, sheetsExpected: number): ModerationView => ({
  organisationId: "org-b",
  organisationName: "Bridge",
  answers: [
    {
      id: "q1",
      label: "Question 1: How?",
      weight: 40,
      scores: [],
      spread: 0,
      wideSpread: false,
      moderated: { score: 3, rationale: "Clear plan" },
    },
    { id: "social-value", label: "Social value", weight: 10, scores: [], spread: 0, wideSpread: false },
  ],
  sheetsSubmitted,
  sheetsExpected,
});

describe("the moderation page", () => {
  it("lets only the lead moderate, once every sheet is in, while evaluating", () => {
    expect(moderationStep(evaluation({}), view(2, 2))).toBe("moderate");
    expect(moderationStep(evaluation({}), view(1, 2))).toBe("wait-for-sheets");
    expect(moderationStep(evaluation({}), view(0, 0))).toBe("wait-for-sheets");
    expect(moderationStep(evaluation({ youAreLead: false }), view(2, 2))).toBe("view");
    expect(moderationStep(evaluation({ state: "standstill" }), view(2, 2))).toBe("view");
  });

  it("names each answer for messages and starts from the scores moderated before", () => {
    expect(answerName(view(2, 2).answers[0]!)).toBe("Question 1");
    expect(moderationAnswers(view(2, 2))).toEqual({
      ids: ["q1", "social-value"],
      names: { q1: "question 1", "social-value": "social value" },
      given: { q1: { score: 3, text: "Clear plan" } },
    });
  });
});
