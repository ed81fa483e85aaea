import { ocdsReleasePackage } from "#shared/ocds/release.ts";
import { countSubmittedBids, submittedBids } from "../bids/index.ts";
import { listQuestions, type StoredQuestion } from "../clarifications/index.ts";
import type { Contract } from "#shared/contracts/contract.ts";
import { listContracts } from "../contracts/index.ts";
import { deadlinePassed, presentResults, loadEvaluation } from "../evaluation/index.ts";
import { commissionedOpportunity, withStatus as withOpportunityStatus } from "../opportunities/index.ts";
import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { getOcdsRoute } from "./routes.ts";

const everyPage = async <T>(read: (cursor?: string) => Promise<{ items: T[]; nextCursor?: string }>) => {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
};

/** The competition as an OCDS 1.1 release package, for commissioners of its regions (drafts: 404). */
export const handler = httpHandler(getOcdsRoute, async ({ principal, params, headers }) => {
  const opportunity = await commissionedOpportunity(principal, params.opportunityId);
  if (!opportunity.publishedAt) throw notFound("Only published opportunities have open contracting data.");
  const questions = await everyPage<StoredQuestion>((cursor) => listQuestions(opportunity.id, 100, cursor));
  const closed = deadlinePassed(opportunity);
  const data = await loadEvaluation(opportunity.id);
  const awardedIds = data.record?.awardedOrganisationIds ?? [];
  const ranking = awardedIds.length
    ? presentResults(opportunity, data, await submittedBids(opportunity.id)).ranking
    : [];
  const contracts = await everyPage<Contract>((cursor) =>
    listContracts({ opportunityId: opportunity.id }, 100, cursor),
  );
  const host = headers.host ?? "localhost";
  const scheme = headers["x-forwarded-proto"] ?? (host.startsWith("localhost") ? "http" : "https");
  return ocdsReleasePackage({
    opportunity: withOpportunityStatus(opportunity),
    // Only published answers, and never who asked.
    enquiries: questions
      .filter((q) => q.status === "published")
      .map((q) => ({
        id: q.id,
        // As the commissioner published it: the asker's own words may say who asked.
        question: q.publishedQuestion ?? q.question,
        answer: q.answer,
        askedAt: q.askedAt,
        answeredAt: q.answeredAt,
      })),
    ...(closed ? { submittedBidCount: await countSubmittedBids(opportunity.id) } : {}),
    ...(data.record
      ? {
          evaluation: {
            state: data.record.state,
            decidedAt: data.record.decidedAt,
            awarded: ranking
              .filter((r) => awardedIds.includes(r.organisationId))
              .map((r) => ({
                organisationId: r.organisationId,
                organisationName: r.organisationName,
                estimatedValuePence: r.estimatedContractValuePence,
              })),
          },
        }
      : {}),
    contracts,
    now: now(),
    packageUri: `${scheme}://${host}/api/opportunities/${opportunity.id}/ocds`,
  });
});
