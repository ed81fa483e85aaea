import {
  notificationItems,
  outboxPut,
  organisationEmails,
  clarificationAnswered,
} from "../notifications/index.ts";
import { commissionedOpportunity } from "../opportunities/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { organisationNamesFor, present } from "./present.ts";
import { answerQuestion, findQuestion } from "./repository.ts";
import { answerQuestionRoute } from "./routes.ts";

/**
 * A commissioner answers (or revises an answer) and publishes the question as they edited it, so the
 * asker's own words — which may name them — never reach competitors; the Q&A is then visible to every eligible provider,
 * and the organisation that asked is told in the portal and by e-mail, in the same transaction.
 */
export const handler = httpHandler(answerQuestionRoute, async ({ principal, params, body }) => {
  const opportunity = await commissionedOpportunity(principal, params.opportunityId);
  const question = await findQuestion(params.opportunityId, params.questionId);
  if (!question) throw notFound();
  const told = clarificationAnswered(opportunity, question.status === "published");
  const emails = await organisationEmails(question.askedByOrganisationId, "bids");
  const extra = [
    ...notificationItems({ organisationId: question.askedByOrganisationId }, told.notification),
    ...(emails.length ? [outboxPut(told.email(emails))] : []),
  ];
  const answered = await answerQuestion(
    principal,
    question,
    { question: body.question, answer: body.answer },
    body.version,
    extra,
  );
  return present(principal, answered, await organisationNamesFor(opportunity.id));
});
