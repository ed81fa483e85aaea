import type { Bid, BidContent, InterventionOffer } from "#shared/bids/bid.ts";
import { submissionErrors } from "#shared/bids/rules.ts";
import type { Opportunity } from "#shared/opportunities/opportunity.ts";
import type { TierId } from "#shared/reference/schema.ts";
import type { FieldLinks } from "../../forms/form-errors.ts";
import { tierNames } from "../opportunities/labels.ts";

export type SectionStatus = "not-started" | "in-progress" | "completed";

export interface BidSection {
  group: "offers" | "quality" | "social-value";
  title: string;
  hint?: string;
  href: string;
  status: SectionStatus;
}

export const emptyContent = (): BidContent => ({
  offers: {},
  qualityAnswers: {},
  socialValueAnswer: "",
  attachments: [],
});

/** The fields of an offer, in the order the offer page shows them, with the id of each one's input. */
export const offerFieldIds: Record<keyof InterventionOffer, string> = {
  title: "title",
  assessAndPlan: "assessAndPlan",
  implement: "implement",
  reviewAndEvaluate: "reviewAndEvaluate",
  sessions: "sessions",
  sessionMinutes: "sessionMinutes",
  deliveryMethods: "deliveryMethods",
  settings: "settings",
  cohorts: "cohorts",
  pduIds: "pduIds",
  pricePerReferralPence: "pricePerReferral",
  capacityPerYear: "capacityPerYear",
};

export const bidPath = (opportunityId: string, rest = "") => `/opportunities/${opportunityId}/bid${rest}`;
export const offerHref = (opportunityId: string, tier: TierId) => bidPath(opportunityId, `/offers/${tier}`);
export const questionHref = (opportunityId: string, questionId: string) =>
  bidPath(opportunityId, `/questions/${questionId}`);
export const socialValueHref = (opportunityId: string) => bidPath(opportunityId, "/social-value");
export const attachmentsHref = (opportunityId: string) => bidPath(opportunityId, "/attachments");
/** The API path that gives a download link for one of a bid's documents. */
export const bidDocumentPath = (opportunityId: string, organisationId: string, documentId: string) =>
  `/api/opportunities/${encodeURIComponent(opportunityId)}/bids/${encodeURIComponent(organisationId)}/documents/${encodeURIComponent(documentId)}`;

/** Whether an offer has anything in it at all. */
export function offerStarted(offer: InterventionOffer | undefined): boolean {
  if (!offer) return false;
  return Object.values(offer).some((value) =>
    Array.isArray(value)
      ? value.length > 0
      : typeof value === "string"
        ? value.trim() !== ""
        : value !== undefined,
  );
}

/** Every section of the bid with its status, worked out with the same rules the API applies on submit. */
export function bidSections(opportunity: Opportunity, bid: Bid | null): BidSection[] {
  const content = bid?.content ?? emptyContent();
  const tiers = opportunity.tiers ?? [];
  const questions = opportunity.qualityQuestions ?? [];
  const missing = submissionErrors(content, questions, tiers).map((e) => e.path);
  const statusOf = (started: boolean, prefix: string): SectionStatus => {
    if (!started) return "not-started";
    return missing.some((path) => path === prefix || path.startsWith(`${prefix}.`))
      ? "in-progress"
      : "completed";
  };
  return [
    ...tiers.map((tier) => ({
      group: "offers" as const,
      title: `${tierNames[tier]} offer`,
      href: offerHref(opportunity.id, tier),
      status: statusOf(offerStarted(content.offers[tier]), `content.offers.${tier}`),
    })),
    ...questions.map((q, i) => ({
      group: "quality" as const,
      title: `Question ${i + 1}`,
      hint: q.text,
      href: questionHref(opportunity.id, q.id),
      status: statusOf((content.qualityAnswers[q.id] ?? "").trim() !== "", `content.qualityAnswers.${q.id}`),
    })),
    {
      group: "social-value" as const,
      title: "Social value",
      href: socialValueHref(opportunity.id),
      status: statusOf(content.socialValueAnswer.trim() !== "", "content.socialValueAnswer"),
    },
  ];
}

/** Where each part of a bid is filled in: the section page and the field's id, for the error summary. */
export function bidFieldLinks(opportunity: Opportunity): FieldLinks {
  const links: FieldLinks = {};
  for (const tier of opportunity.tiers ?? []) {
    links[`content.offers.${tier}`] = `${offerHref(opportunity.id, tier)}#title`;
    for (const [field, id] of Object.entries(offerFieldIds)) {
      links[`content.offers.${tier}.${field}`] = `${offerHref(opportunity.id, tier)}#${id}`;
    }
  }
  for (const q of opportunity.qualityQuestions ?? []) {
    links[`content.qualityAnswers.${q.id}`] = `${questionHref(opportunity.id, q.id)}#answer`;
  }
  links["content.socialValueAnswer"] = `${socialValueHref(opportunity.id)}#socialValueAnswer`;
  return links;
}
