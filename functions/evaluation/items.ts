import { defineItem } from "../platform/data/define-item.ts";
import { opportunityPartition } from "../platform/data/shared-items.ts";

/**
 * Everything about an opportunity's evaluation lives in the opportunity's own partition under `EVAL#`,
 * so one Query reads the panel, declarations, score sheets and moderations together.
 */
export const evaluationSkPrefix = "EVAL#";

/** The panel, the state and the outcome (versioned). */
export const evaluationStateKind = defineItem({
  type: "evaluation",
  pk: (e: { opportunityId: string }) => opportunityPartition(e.opportunityId),
  sk: () => `${evaluationSkPrefix}STATE`,
});

/** Panel membership; gsi1 lists an evaluator's panels, newest assignment last. */
export const panelMembershipKind = defineItem({
  type: "panel-membership",
  pk: (m: { opportunityId: string }) => opportunityPartition(m.opportunityId),
  sk: (m: { userId: string }) => `${evaluationSkPrefix}PANEL#${m.userId}`,
  gsi1: {
    pk: (m: { userId: string }) => `EVALUATOR#${m.userId}#PANELS`,
    sk: (m: { assignedAt: string; opportunityId: string }) => `${m.assignedAt}#${m.opportunityId}`,
  },
});

/** Conflicts declared before reading any bid (written once). */
export const declarationKind = defineItem({
  type: "conflict-declaration",
  pk: (d: { opportunityId: string }) => opportunityPartition(d.opportunityId),
  sk: (d: { userId: string }) => `${evaluationSkPrefix}DECLARATION#${d.userId}`,
  skPrefix: `${evaluationSkPrefix}DECLARATION#`,
});

/** One evaluator's independent scores for one bid (written once). */
export const scoreSheetKind = defineItem({
  type: "score-sheet",
  pk: (s: { opportunityId: string }) => opportunityPartition(s.opportunityId),
  sk: (s: { organisationId: string; evaluatorId: string }) =>
    `${evaluationSkPrefix}SHEET#${s.organisationId}#${s.evaluatorId}`,
  skPrefix: `${evaluationSkPrefix}SHEET#`,
});

/** The lead's moderated scores for one bid (versioned). */
export const moderationKind = defineItem({
  type: "moderation",
  pk: (m: { opportunityId: string }) => opportunityPartition(m.opportunityId),
  sk: (m: { organisationId: string }) => `${evaluationSkPrefix}MODERATION#${m.organisationId}`,
  skPrefix: `${evaluationSkPrefix}MODERATION#`,
});
