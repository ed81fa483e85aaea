import type { Contract } from "#shared/contracts/contract.ts";
import type { OcdsInput } from "#shared/ocds/release.ts";
import { countSubmittedBids, submittedBids } from "../bids/index.ts";
import { listQuestions, type StoredQuestion } from "../clarifications/index.ts";
import { listContracts } from "../contracts/index.ts";
import { deadlinePassed, loadEvaluation, presentResults } from "../evaluation/index.ts";
import { type StoredOpportunity, withStatus as withOpportunityStatus } from "../opportunities/index.ts";
import { now } from "../platform/clock.ts";

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

/**
 * What a competition's open contracting data is built from, read through each context's index.ts:
 * published Q&A (never who asked), bid statistics once the deadline has passed, the awards and the
 * contracts. Never bid content, never scores.
 */
export const competitionOcdsInput = async (
  opportunity: StoredOpportunity,
  packageUri: string,
): Promise<OcdsInput> => {
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
  return {
    opportunity: withOpportunityStatus(opportunity),
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
    packageUri,
  };
};
