import type { Principal } from "#shared/auth/principal.ts";
import type {
  EvaluationState,
  Moderation,
  ModerateInput,
  ScoreSheet,
  SubmitScoresInput,
} from "#shared/evaluation/evaluation.ts";
import { now } from "../platform/clock.ts";
import { type AuditInput, auditPut } from "../platform/data/audit.ts";
import { tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { failedConditions, type TransactItem, transact } from "../platform/data/transact.ts";
import { conflict, ruleBroken } from "../platform/http/problems.ts";
import {
  declarationKind,
  evaluationSkPrefix,
  evaluationStateKind,
  moderationKind,
  panelMembershipKind,
  scoreSheetKind,
} from "./items.ts";

/** Keys of an opportunity's evaluation items (declared in ./items.ts). */
const keys = {
  state: (opportunityId: string) => evaluationStateKind.key({ opportunityId }),
  panel: (opportunityId: string, userId: string) => panelMembershipKind.key({ opportunityId, userId }),
};

export interface PanelMember {
  userId: string;
  name: string;
}

/** The evaluation of one opportunity: who leads, who evaluates, and how it ended. */
export interface EvaluationRecord {
  opportunityId: string;
  opportunityTitle: string;
  leadUserId: string;
  panel: PanelMember[];
  state: EvaluationState;
  awardedOrganisationIds?: string[];
  decisionReason?: string;
  decidedAt?: string;
  standstillEndsAt?: string;
  contractsCreatedAt?: string;
  contractIds?: string[];
  version: number;
}

export interface Declaration {
  opportunityId: string;
  userId: string;
  name: string;
  bidders: { organisationId: string; conflict: boolean; details?: string | undefined }[];
  declaredAt: string;
}

/** All of an opportunity's evaluation items. */
export interface EvaluationData {
  record?: EvaluationRecord;
  declarations: Map<string, Declaration>;
  sheets: ScoreSheet[];
  moderations: Map<string, Moderation>;
}

/** A panel an evaluator sits on, for their scoring queue. */
export interface PanelEntry {
  opportunityId: string;
  opportunityTitle: string;
  assignedAt: string;
}

/** Reads every evaluation item of an opportunity (one partition, paged). */
export const loadEvaluation = async (opportunityId: string): Promise<EvaluationData> => {
  const data: EvaluationData = { declarations: new Map(), sheets: [], moderations: new Map() };
  let cursor: string | undefined;
  do {
    const page = await queryPage<Record<string, unknown>>({
      partition: evaluationStateKind.pk({ opportunityId }),
      sortCondition: "begins_with(#sk, :eval)",
      values: { ":eval": evaluationSkPrefix },
      limit: 200,
      cursor,
    });
    for (const item of page.items) {
      const sk = String(item.sk);
      if (sk === evaluationStateKind.sk()) data.record = withoutKeys<EvaluationRecord>(item);
      else if (sk.startsWith(declarationKind.skPrefix)) {
        const d = withoutKeys<Declaration>(item);
        data.declarations.set(d.userId, d);
      } else if (sk.startsWith(scoreSheetKind.skPrefix)) data.sheets.push(withoutKeys<ScoreSheet>(item));
      else if (sk.startsWith(moderationKind.skPrefix)) {
        const m = withoutKeys<Moderation>(item);
        data.moderations.set(m.organisationId, m);
      }
    }
    cursor = page.nextCursor;
  } while (cursor);
  return data;
};

/** The page of panels an evaluator sits on, newest first. */
export const listPanelsOf = async (userId: string, limit: number, cursor?: string) => {
  const page = await queryPage<Record<string, unknown>>({
    index: "gsi1",
    partition: panelMembershipKind.gsi1.pk({ userId }),
    limit,
    cursor,
    newestFirst: true,
  });
  return {
    ...page,
    items: page.items.map((i) => ({
      opportunityId: String(i.opportunityId),
      opportunityTitle: String(i.opportunityTitle),
      assignedAt: String(i.assignedAt),
    })),
  };
};

const audit = (actor: Principal, opportunityId: string, input: Omit<AuditInput, "entityType" | "entityId">) =>
  auditPut(actor, { entityType: "evaluation", entityId: opportunityId, ...input });

/** The evaluation item written with a version check (0 = create): a concurrent change gets 409. */
export const recordPut = (next: EvaluationRecord, expectedVersion: number): TransactItem => ({
  Put: {
    TableName: tableName(),
    Item: evaluationStateKind.item(next, next),
    ...(expectedVersion === 0
      ? { ConditionExpression: "attribute_not_exists(pk)" }
      : {
          ConditionExpression: "version = :version",
          ExpressionAttributeValues: { ":version": expectedVersion },
        }),
  },
});

/** A check, inside a transaction, that the evaluation is still in the given state. */
const stillIn = (opportunityId: string, state: EvaluationState): TransactItem => ({
  ConditionCheck: {
    TableName: tableName(),
    Key: keys.state(opportunityId),
    ConditionExpression: "#state = :state",
    ExpressionAttributeNames: { "#state": "state" },
    ExpressionAttributeValues: { ":state": state },
  },
});

/** Runs a transaction; a failed condition on `conflictAt` becomes 409 with `message`. */
export const write = async (items: TransactItem[], message?: string, conflictAt = 0) => {
  try {
    await transact(items);
  } catch (error) {
    const failed = failedConditions(error);
    if (failed?.includes(conflictAt)) throw conflict(message);
    if (failed) throw conflict();
    throw error;
  }
};

/** Creates or replaces the panel (with the caller's `conditions`); removed evaluators' entries go, new ones are added. */
export const savePanel = async (
  actor: Principal,
  before: EvaluationRecord | undefined,
  next: EvaluationRecord,
  expectedVersion: number,
  conditions: TransactItem[] = [],
) => {
  const assignedAt = now().toISOString();
  const removed = (before?.panel ?? []).filter((m) => !next.panel.some((n) => n.userId === m.userId));
  const added = next.panel.filter((m) => !(before?.panel ?? []).some((b) => b.userId === m.userId));
  await write(
    [
      recordPut(next, expectedVersion),
      ...conditions,
      ...removed.map((m): TransactItem => ({
        Delete: { TableName: tableName(), Key: keys.panel(next.opportunityId, m.userId) },
      })),
      ...added.map((m): TransactItem => ({
        Put: {
          TableName: tableName(),
          Item: panelMembershipKind.item(
            { opportunityId: next.opportunityId, userId: m.userId, assignedAt },
            {
              opportunityId: next.opportunityId,
              opportunityTitle: next.opportunityTitle,
              userId: m.userId,
              assignedAt,
            },
          ),
        },
      })),
      audit(actor, next.opportunityId, {
        action: before ? "panel-changed" : "panel-assigned",
        toState: next.state,
        details: { evaluators: next.panel.map((m) => m.userId).join(","), version: next.version },
      }),
    ],
    "The panel was changed somewhere else since you loaded it. Reload and try again.",
  );
  return next;
};

/** Records an evaluator's declaration, once, while the evaluation is open. */
export const saveDeclaration = async (actor: Principal, declaration: Declaration) => {
  await write(
    [
      {
        Put: {
          TableName: tableName(),
          Item: declarationKind.item(declaration, declaration),
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      stillIn(declaration.opportunityId, "evaluating"),
      audit(actor, declaration.opportunityId, {
        action: "conflicts-declared",
        details: {
          evaluatorId: declaration.userId,
          bidders: declaration.bidders.length,
          conflicts: declaration.bidders
            .filter((b) => b.conflict)
            .map((b) => b.organisationId)
            .join(","),
        },
      }),
    ],
    "You have already made your declaration for this competition.",
  );
  return declaration;
};

/** Records one evaluator's independent scores for one bid, once, while the evaluation is open. */
export const saveSheet = async (
  actor: Principal,
  opportunityId: string,
  organisationId: string,
  input: SubmitScoresInput,
): Promise<ScoreSheet> => {
  const sheet: ScoreSheet = {
    ...input,
    opportunityId,
    organisationId,
    evaluatorId: actor.userId,
    evaluatorName: actor.name,
    submittedAt: now().toISOString(),
  };
  await write(
    [
      {
        Put: {
          TableName: tableName(),
          Item: scoreSheetKind.item(sheet, sheet),
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      stillIn(opportunityId, "evaluating"),
      audit(actor, opportunityId, {
        action: "scores-submitted",
        details: {
          organisationId,
          evaluatorId: actor.userId,
          scores: [...Object.values(input.answers), input.socialValue].map((a) => a.score).join(","),
        },
      }),
    ],
    "You have already submitted your scores for this bid.",
  );
  return sheet;
};

/** Records (or revises) the lead's moderated scores for one bid while the evaluation is open. */
export const saveModeration = async (
  actor: Principal,
  opportunityId: string,
  organisationId: string,
  input: ModerateInput,
): Promise<Moderation> => {
  const moderation: Moderation = {
    ...input,
    opportunityId,
    organisationId,
    moderatedBy: actor.userId,
    moderatedAt: now().toISOString(),
    version: input.version + 1,
  };
  await write(
    [
      {
        Put: {
          TableName: tableName(),
          Item: moderationKind.item(moderation, moderation),
          ...(input.version === 0
            ? { ConditionExpression: "attribute_not_exists(pk)" }
            : {
                ConditionExpression: "version = :version",
                ExpressionAttributeValues: { ":version": input.version },
              }),
        },
      },
      stillIn(opportunityId, "evaluating"),
      audit(actor, opportunityId, {
        action: input.version === 0 ? "bid-moderated" : "moderation-revised",
        details: {
          organisationId,
          scores: [...Object.values(input.answers), input.socialValue].map((a) => a.score).join(","),
          version: moderation.version,
        },
      }),
    ],
    "The moderation was changed somewhere else since you loaded it. Reload and try again.",
  );
  return moderation;
};

/** The key of the item holding an evaluation's state (for the competition's life cycle). */
export const evaluationStateKey = keys.state;

/** The audit item of an evaluation change (for handlers that compose their own transaction). */
export const evaluationAudit = audit;

/** Refuses when the evaluation is not in the state an action needs. */
export const expectState = (
  record: EvaluationRecord | undefined,
  state: EvaluationState,
  message: string,
) => {
  if (record?.state !== state) throw ruleBroken(message);
};
