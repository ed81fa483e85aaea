import { summaryQuestionsText } from "#shared/notices/summary.ts";
import { submittedBids } from "../bids/index.ts";
import { assessmentSummaryOf, loadEvaluation } from "../evaluation/index.ts";
import { notificationItems, organisationEmails, outboxPut } from "../notifications/index.ts";
import { commissionedOpportunity } from "../opportunities/index.ts";
import { now } from "../platform/clock.ts";
import { failedConditions, transact } from "../platform/data/transact.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { ruleBroken } from "../platform/http/problems.ts";
import { summariesSent, summaryPut } from "./summaries.ts";
import { sendSummariesRoute } from "./summary-routes.ts";

/**
 * Sends each bidder its assessment summary once: the snapshot, a notification and an e-mail in one
 * transaction per bidder (a competition's bidders are not bounded; a transaction holds 100 items).
 * Only after the award and before the contract award notice is published.
 */
export const handler = httpHandler(sendSummariesRoute, async ({ principal, params }) => {
  const opportunity = await commissionedOpportunity(principal, params.opportunityId);
  const data = await loadEvaluation(opportunity.id);
  if (data.record?.state !== "standstill" || data.record.standstillEndsAt) {
    throw ruleBroken(
      data.record?.standstillEndsAt
        ? "The contract award notice has been published: every bidder was sent its summary before it."
        : "Assessment summaries are sent after the award and before the contract award notice.",
    );
  }
  const bids = await submittedBids(opportunity.id);
  const already = await summariesSent(opportunity.id);
  const at = now().toISOString();
  let sent = already.size;
  for (const bid of bids.filter((b) => !already.has(b.organisationId))) {
    const scores = assessmentSummaryOf(opportunity, data, bids, bid.organisationId);
    if (!scores) continue;
    const summary = { ...scores, sentAt: at, questions: summaryQuestionsText };
    const href = `/opportunities/${opportunity.id}/bid/assessment-summary`;
    const to = await organisationEmails(bid.organisationId, "bids");
    try {
      await transact([
        summaryPut(summary),
        ...notificationItems(
          { organisationId: bid.organisationId },
          {
            title: `Your assessment summary: ${opportunity.title}`,
            body: "Your assessment summary is ready to read.",
            href,
          },
        ),
        ...(to.length
          ? [
              outboxPut({
                to,
                subject: `Your assessment summary: ${opportunity.title}`,
                body: [
                  `Your assessment summary for ${opportunity.title} is ready.`,
                  `Your total: ${summary.yourTotal}. The winning bid's total: ${summary.winningTotal}.`,
                  "The standstill period ends 8 working days after the contract award notice is published; we will tell you the date.",
                  `Read it and print it in the portal: ${href}`,
                  summaryQuestionsText,
                ].join("\n\n"),
              }),
            ]
          : []),
      ]);
      sent += 1;
    } catch (error) {
      // Sent by a concurrent request: counted once all the same.
      if (!failedConditions(error)) throw error;
      sent += 1;
    }
  }
  return { bidders: new Set(bids.map((b) => b.organisationId)).size, sent };
});
