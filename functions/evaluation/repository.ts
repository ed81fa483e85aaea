import type { Principal } from "#shared/auth/principal.ts";
import type { EvaluationState, Moderation, ScoreSheet } from "#shared/evaluation/evaluation.ts";
import { now } from "../platform/clock.ts";
import { tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import type { TransactItem } from "../platform/data/transact.ts";
import { ruleBroken } from "../platform/http/problems.ts";
import {
  declarationKind,
  evaluationSkPrefix,
  evaluationStateKind,
  moderationKind,
  panelMembershipKind,
  scoreSheetKind,
} from "./items.ts";
import { audit, write } from "./writes.ts";

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

/** The key of the item holding an evaluation's state (for the competition's life cycle). */
export const evaluationStateKey = keys.state;

/** The audit item of an evaluation change (for handlers that compose their own transaction). */
export const evaluationAudit = audit;

export { write } from "./writes.ts";

/** Refuses when the evaluation is not in the state an action needs. */
export const expectState = (
  record: EvaluationRecord | undefined,
  state: EvaluationState,
  message: string,
) => {
  if (record?.state !== state) throw ruleBroken(message);
};
