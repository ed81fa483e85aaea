import { notificationItems, outboxPut } from "../notifications/repository.ts";
import { organisationEmails } from "../notifications/recipients.ts";
import { clarificationAnswered } from "../notifications/templates.ts";
import { commissionedOpportunity } from "../opportunities/access.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { present } from "./present.ts";
import { answerQuestion, findQuestion } from "./repository.ts";
import { answerQuestionRoute } from "./routes.ts";

/**
 * A commissioner answers (or revises an answer); the Q&A is then visible to every eligible provider,
 * and the organisation that asked is told in the portal and by e-mail, in the same transaction.
 */
export const handler = httpHandler(answerQuestionRoute, async ({ principal, params, body }) => {
  const opportunity = await commissionedOpportunity(principal, params.opportunityId);
  const question = await findQuestion(params.opportunityId, params.questionId);
  if (!question) throw notFound();
  const told = clarificationAnswered(opportunity, question.status === "published");
  const emails = await organisationEmails(question.askedByOrganisationId);
  const extra = [
    ...notificationItems({ organisationId: question.askedByOrganisationId }, told.notification),
    ...(emails.length ? [outboxPut(told.email(emails))] : []),
  ];
  return present(principal, await answerQuestion(principal, question, body.answer, body.version, extra));
});
