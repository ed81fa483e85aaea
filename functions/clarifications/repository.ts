import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { ulid } from "ulid";
import type { Principal } from "#shared/auth/principal.ts";
import type { Clarification } from "#shared/opportunities/clarification.ts";
import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { failedConditions, type TransactItem, transact } from "../platform/data/transact.ts";
import { conflict } from "../platform/http/problems.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { questionKind } from "./items.ts";

/** A question as stored: it remembers who asked, which only commissioners may see. */
export type StoredQuestion = Omit<
  Clarification,
  "askedByOrganisationName" | "askedByYou" | "namesOrganisations"
> & {
  askedByOrganisationId: string;
  askedByOrganisationName: string;
};

/** Questions live in the opportunity's partition, in the order they were asked (ids are ULIDs). */
const keys = {
  question: (opportunityId: string, id: string) => questionKind.key({ opportunityId, id }),
};

const strip = (item: Record<string, unknown>) => withoutKeys<StoredQuestion>(item);

/**
 * Stores a new question and its audit event (the question's text is not copied into the audit), with
 * the `extra` items `tell` builds (the commissioner's notification).
 */
export const askQuestion = async (
  actor: Principal,
  opportunityId: string,
  organisationName: string,
  question: string,
  tell: (stored: StoredQuestion) => TransactItem[] = () => [],
): Promise<StoredQuestion> => {
  const stored: StoredQuestion = {
    id: ulid(),
    opportunityId,
    question,
    status: "awaiting-answer",
    askedAt: now().toISOString(),
    askedByOrganisationId: actor.organisationId!,
    askedByOrganisationName: organisationName,
    version: 1,
  };
  await transact([
    {
      Put: {
        TableName: tableName(),
        Item: questionKind.item(stored, stored),
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
    auditPut(actor, {
      entityType: "opportunity",
      entityId: opportunityId,
      action: "clarification-asked",
      toState: "awaiting-answer",
      details: { questionId: stored.id },
    }),
    ...tell(stored),
  ]);
  return stored;
};

/** Reads one question, or undefined. */
export const findQuestion = async (opportunityId: string, id: string) => {
  const result = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.question(opportunityId, id) }),
  );
  return result.Item ? strip(result.Item) : undefined;
};

/**
 * Publishes the answer with the question as the commissioner edited it (optimistic: a stale version
 * gets 409), with `extra` items of the same change (the asking organisation's notification and e-mail).
 * The asker's own words stay stored for commissioners; providers are shown only `publishedQuestion`.
 */
export const answerQuestion = async (
  actor: Principal,
  question: StoredQuestion,
  published: { question: string; answer: string },
  version: number,
  extra: TransactItem[] = [],
): Promise<StoredQuestion> => {
  const answered: StoredQuestion = {
    ...question,
    publishedQuestion: published.question,
    answer: published.answer,
    status: "published",
    answeredAt: now().toISOString(),
    version: version + 1,
  };
  try {
    await transact([
      {
        Put: {
          TableName: tableName(),
          Item: questionKind.item(answered, answered),
          ConditionExpression: "version = :version",
          ExpressionAttributeValues: { ":version": version },
        },
      },
      auditPut(actor, {
        entityType: "opportunity",
        entityId: question.opportunityId,
        action: question.status === "published" ? "clarification-answer-revised" : "clarification-answered",
        fromState: question.status,
        toState: "published",
        details: { questionId: question.id },
      }),
      ...extra,
    ]);
  } catch (error) {
    if (failedConditions(error)) throw conflict();
    throw error;
  }
  return answered;
};

/** The opportunity's questions in the order asked (a Query on its partition). */
export const listQuestions = (opportunityId: string, limit: number, cursor?: string) =>
  queryPage<Record<string, unknown>>({
    partition: questionKind.pk({ opportunityId }),
    sortCondition: "begins_with(#sk, :prefix)",
    values: { ":prefix": questionKind.skPrefix },
    limit,
    cursor,
  }).then((page) => ({ ...page, items: page.items.map(strip) }));
