import { commissionedOpportunity } from "../opportunities/access.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { present } from "./present.ts";
import { answerQuestion, findQuestion } from "./repository.ts";
import { answerQuestionRoute } from "./routes.ts";

/** A commissioner answers (or revises an answer); the Q&A is then visible to every eligible provider. */
export const handler = httpHandler(answerQuestionRoute, async ({ principal, params, body }) => {
  await commissionedOpportunity(principal, params.opportunityId);
  const question = await findQuestion(params.opportunityId, params.questionId);
  if (!question) throw notFound();
  return present(principal, await answerQuestion(principal, question, body.answer, body.version));
});
