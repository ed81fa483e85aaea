import { pageQuerySchema, pageSchema } from "#shared/common/pagination.ts";
import {
  answerQuestionSchema,
  askQuestionSchema,
  clarificationSchema,
} from "#shared/opportunities/clarification.ts";
import { opportunityParams } from "#shared/opportunities/params.ts";
import { defineRoutes } from "../platform/route.ts";
import { pathId } from "#shared/http/path-id.ts";

const context = "clarifications";

/** Clarification questions and their anonymised, published answers. */
export const askQuestionRoute = {
  operationId: "askClarificationQuestion",
  method: "POST",
  path: "/api/opportunities/{opportunityId}/questions",
  summary: "Ask a clarification question before the clarification deadline",
  context,
  handler: "clarifications/ask-question.ts",
  access: ["provider"],
  request: { params: opportunityParams, body: askQuestionSchema },
  response: { status: 201, description: "The question, awaiting an answer", schema: clarificationSchema },
  idempotent: true,
  grants: { table: "readwrite" },
} as const;

export const listQuestionsRoute = {
  operationId: "listClarificationQuestions",
  method: "GET",
  path: "/api/opportunities/{opportunityId}/questions",
  summary:
    "Commissioners: every question and who asked. Providers: published answers and their own questions",
  context,
  handler: "clarifications/list-questions.ts",
  access: ["commissioner", "provider"],
  request: { params: opportunityParams, query: pageQuerySchema },
  response: { status: 200, description: "A page of questions", schema: pageSchema(clarificationSchema) },
  grants: { table: "read" },
} as const;

export const answerQuestionRoute = {
  operationId: "answerClarificationQuestion",
  method: "POST",
  path: "/api/opportunities/{opportunityId}/questions/{questionId}/answer",
  summary:
    "Answer a question and publish it, as the commissioner edited it, with the answer to every eligible provider",
  context,
  handler: "clarifications/answer-question.ts",
  access: ["commissioner"],
  request: {
    params: opportunityParams.extend({ questionId: pathId("question") }),
    body: answerQuestionSchema,
  },
  response: { status: 200, description: "The published Q&A", schema: clarificationSchema },
  grants: { table: "readwrite" },
} as const;

export const clarificationRoutes = defineRoutes([askQuestionRoute, listQuestionsRoute, answerQuestionRoute]);
