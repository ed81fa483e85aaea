import { describe, expect, it } from "vitest";
import {
  declarationKind,
  evaluationStateKind,
  moderationKind,
  panelMembershipKind,
  scoreSheetKind,
} from "./items.ts";

// The key strings of items already stored: a refactor that changes one fails here, not in production.
describe("evaluation item keys", () => {
  it("state, declaration, score sheet and moderation live under EVAL# in the opportunity's partition", () => {
    expect(evaluationStateKind.item({ opportunityId: "O1" })).toEqual({
      pk: "OPP#O1",
      sk: "EVAL#STATE",
      type: "evaluation",
    });
    expect(declarationKind.item({ opportunityId: "O1", userId: "u1" })).toEqual({
      pk: "OPP#O1",
      sk: "EVAL#DECLARATION#u1",
      type: "conflict-declaration",
    });
    expect(scoreSheetKind.item({ opportunityId: "O1", organisationId: "org-a", evaluatorId: "u1" })).toEqual({
      pk: "OPP#O1",
      sk: "EVAL#SHEET#org-a#u1",
      type: "score-sheet",
    });
    expect(moderationKind.item({ opportunityId: "O1", organisationId: "org-a" })).toEqual({
      pk: "OPP#O1",
      sk: "EVAL#MODERATION#org-a",
      type: "moderation",
    });
    expect(declarationKind.sk({ userId: "u1" })).toMatch(/^EVAL#DECLARATION#/);
    expect([declarationKind.skPrefix, scoreSheetKind.skPrefix, moderationKind.skPrefix]).toEqual([
      "EVAL#DECLARATION#",
      "EVAL#SHEET#",
      "EVAL#MODERATION#",
    ]);
  });

  it("panel membership, listed under the evaluator", () => {
    expect(
      panelMembershipKind.item({ opportunityId: "O1", userId: "u1", assignedAt: "2026-01-01T00:00:00.000Z" }),
    ).toEqual({
      pk: "OPP#O1",
      sk: "EVAL#PANEL#u1",
      gsi1pk: "EVALUATOR#u1#PANELS",
      gsi1sk: "2026-01-01T00:00:00.000Z#O1",
      type: "panel-membership",
    });
  });
});
