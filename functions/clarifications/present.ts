import type { Principal } from "#shared/auth/principal.ts";
import { type Clarification, organisationsNamedIn } from "#shared/opportunities/clarification.ts";
import { listAdmittedOrganisationNames } from "../accounts/index.ts";
import { listBidderNames } from "../bids/index.ts";
import type { StoredQuestion } from "./repository.ts";

/**
 * The organisations a question might name: those on the framework and those with a bid on the
 * opportunity (two Queries). Only commissioners' reads need them.
 */
export const organisationNamesFor = async (opportunityId: string): Promise<string[]> => {
  const [admitted, bidders] = await Promise.all([
    listAdmittedOrganisationNames(),
    listBidderNames(opportunityId),
  ]);
  return [...new Set([...admitted, ...bidders])];
};

/**
 * Commissioners see the asker, the question as asked and as published, and which organisations the
 * asked text names (to edit them out); providers never see who asked, and of a published question only
 * the commissioner's published text. A question published before editing existed shows as it was.
 */
export const present = (
  principal: Principal,
  q: StoredQuestion,
  names: readonly string[] = [],
): Clarification => {
  const { askedByOrganisationId, askedByOrganisationName, publishedQuestion, ...rest } = q;
  if (principal.role === "commissioner") {
    return {
      ...rest,
      askedByOrganisationName,
      ...(publishedQuestion ? { publishedQuestion } : {}),
      namesOrganisations: organisationsNamedIn(q.question, names),
    };
  }
  const shown = q.status === "published" ? (publishedQuestion ?? q.question) : q.question;
  return { ...rest, question: shown, askedByYou: askedByOrganisationId === principal.organisationId };
};
