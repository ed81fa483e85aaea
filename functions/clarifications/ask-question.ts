import { formatDeadline } from "#shared/time/format-deadline.ts";
import { notificationItems, questionAsked } from "../notifications/index.ts";
import { visibleOpportunity } from "../opportunities/index.ts";
import { now } from "../platform/clock.ts";
import { idempotentHandler } from "../platform/http/idempotent-handler.ts";
import { ruleBroken } from "../platform/http/problems.ts";
import { present } from "./present.ts";
import { askQuestion } from "./repository.ts";
import { askQuestionRoute } from "./routes.ts";

/**
 * An eligible provider asks a question; after the clarification deadline the portal says no. The
 * commissioner who published the opportunity is told in the portal (not who asked).
 */
export const handler = idempotentHandler(askQuestionRoute, async ({ principal, params, body }) => {
  const arrived = now();
  const { opportunity, organisation } = await visibleOpportunity(principal, params.opportunityId);
  if (opportunity.state !== "published") throw ruleBroken("This opportunity is not taking questions.");
  if (arrived.getTime() > Date.parse(opportunity.clarificationDeadline!)) {
    throw ruleBroken(
      `The deadline for clarification questions was ${formatDeadline(opportunity.clarificationDeadline!)}. Questions can no longer be asked.`,
    );
  }
  return present(
    principal,
    await askQuestion(principal, opportunity.id, organisation!.name, body.question, () =>
      notificationItems({ userId: opportunity.createdBy }, questionAsked(opportunity)),
    ),
  );
});
