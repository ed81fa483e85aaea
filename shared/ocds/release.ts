import type { Contract } from "../contracts/contract.ts";
import type { EvaluationState } from "../evaluation/evaluation.ts";
import type { Opportunity } from "../opportunities/opportunity.ts";
import { findNeedArea } from "../reference/index.ts";
import { endOfLondonDay, startOfLondonDay } from "../time/index.ts";

/**
 * OCDS 1.1 for a call-off competition. Only facts a commissioner would publish in notices: the tender,
 * its award criteria and weights, the anonymised Q&A, awards and contracts, and bid *statistics*. Never
 * bid content, never a person's name (the buyer is the organisation, not the commissioner).
 */

/** Placeholder OCID prefix until the service registers one with the Open Contracting Partnership. */
export const ocidPrefix = "ocds-dfp000";
export const ocdsExtensions = [
  "https://raw.githubusercontent.com/open-contracting-extensions/ocds_enquiry_extension/master/extension.json",
  "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/master/extension.json",
];
// A party id is local to the release; the buyer is the organisation, never the commissioner as a person.
const buyer = { id: "hmpps", name: "HM Prison and Probation Service" };

export interface OcdsInput {
  opportunity: Opportunity;
  /** Published clarifications only (the asker is never part of this). */
  enquiries: {
    id: string;
    question: string;
    answer?: string | undefined;
    askedAt: string;
    answeredAt?: string | undefined;
  }[];
  /** Known only once the deadline has passed. */
  submittedBidCount?: number | undefined;
  evaluation?: {
    state: EvaluationState;
    decidedAt?: string | undefined;
    awarded: { organisationId: string; organisationName: string; estimatedValuePence?: number | undefined }[];
  };
  contracts: Contract[];
  now: Date;
  packageUri: string;
}

const gbp = (pence: number) => ({ amount: Math.round(pence) / 100, currency: "GBP" });
const period = (start?: string, end?: string) => ({
  ...(start ? { startDate: startOfLondonDay(start).toISOString() } : {}),
  ...(end ? { endDate: endOfLondonDay(end).toISOString() } : {}),
});

const tenderStatus = (input: OcdsInput) => {
  const state = input.evaluation?.state;
  if (input.opportunity.status === "cancelled" || state === "cancelled") return "cancelled";
  if (state === "unsuccessful") return "unsuccessful";
  if (state === "standstill" || state === "contracted") return "complete";
  return input.opportunity.status === "draft" ? "planning" : "active";
};

/** The award criteria in words: every weight, the scale, the threshold and the price formula. */
export const awardCriteriaDetails = (o: Opportunity) => {
  const questions = o.qualityQuestions ?? [];
  const quality = questions.reduce((sum, q) => sum + q.weight, 0);
  return [
    `Rated criteria. Quality ${quality}%: ${questions.map((q, i) => `question ${i + 1} (${q.text}) ${q.weight}%`).join("; ")}.`,
    `Social value ${o.socialValueWeight ?? 0}%. Price ${o.priceWeight ?? 0}%.`,
    "Quality and social value answers are scored 0–4 by each evaluator and moderated; points = moderated score ÷ 4 × weight.",
    "Any moderated quality score below 2 fails the quality threshold.",
    "Price is the volume-weighted price per referral across the tiers; price points = lowest weighted price ÷ this weighted price × price weight.",
  ].join(" ");
};

/** The release package for one competition. */
export const ocdsReleasePackage = (input: OcdsInput) => {
  const o = input.opportunity;
  const ocid = `${ocidPrefix}-${o.id}`;
  const evaluation = input.evaluation;
  const awarded =
    evaluation && (evaluation.state === "standstill" || evaluation.state === "contracted")
      ? evaluation.awarded
      : [];
  const awards = awarded.map((a) => {
    const contract = input.contracts.find((c) => c.organisationId === a.organisationId);
    return {
      id: `${o.id}-award-${a.organisationId}`,
      title: `${o.title}: ${a.organisationName}`,
      status: contract ? "active" : "pending",
      ...(evaluation?.decidedAt ? { date: evaluation.decidedAt } : {}),
      ...(a.estimatedValuePence !== undefined ? { value: gbp(a.estimatedValuePence) } : {}),
      suppliers: [{ id: a.organisationId, name: a.organisationName }],
      contractPeriod: period(o.contractStart, o.contractEnd),
    };
  });
  const contracts = input.contracts.map((c) => {
    const award = awards.find((a) => a.suppliers[0]?.id === c.organisationId);
    const started = input.now.getTime() >= startOfLondonDay(c.startDate).getTime();
    return {
      id: c.reference,
      awardID: award?.id ?? `${o.id}-award-${c.organisationId}`,
      title: `${c.opportunityTitle}: ${c.organisationName}`,
      status: started ? "active" : "pending",
      period: period(c.startDate, c.endDate),
      ...(award?.value ? { value: award.value } : {}),
      items: c.interventions.map((i) => ({
        id: i.id,
        description: `${i.title} (${i.tierId} complexity), £${(i.pricePerReferralPence / 100).toFixed(2)} per referral`,
        quantity: i.capacityPerYear,
        unit: { name: "referrals a year", value: gbp(i.pricePerReferralPence) },
      })),
    };
  });
  const tag = [
    input.opportunity.status === "cancelled" || evaluation?.state === "cancelled"
      ? "tenderCancellation"
      : "tender",
    ...(awards.length ? ["award"] : []),
    ...(contracts.length ? ["contract"] : []),
  ];
  const needArea = findNeedArea(o.needAreaId)?.name ?? o.needAreaId;
  const release = {
    ocid,
    id: `${ocid}-${tag.join("-")}-${input.now.getTime()}`,
    date: input.now.toISOString(),
    tag,
    initiationType: "tender",
    language: "en",
    parties: [
      { ...buyer, roles: ["buyer", "procuringEntity"] },
      ...awarded.map((a) => ({ id: a.organisationId, name: a.organisationName, roles: ["supplier"] })),
    ],
    buyer,
    tender: {
      id: o.id,
      title: o.title,
      ...(o.description ? { description: o.description } : {}),
      status: tenderStatus(input),
      procuringEntity: buyer,
      ...(o.budgetCeilingPence !== undefined ? { value: gbp(o.budgetCeilingPence) } : {}),
      procurementMethod: "selective",
      procurementMethodDetails: "Call-off competition among providers admitted to the dynamic framework",
      mainProcurementCategory: "services",
      awardCriteria: "ratedCriteria",
      awardCriteriaDetails: awardCriteriaDetails(o),
      submissionMethod: ["electronicSubmission"],
      ...(o.submissionDeadline
        ? {
            tenderPeriod: {
              ...(o.publishedAt ? { startDate: o.publishedAt } : {}),
              endDate: o.submissionDeadline,
            },
          }
        : {}),
      ...(o.clarificationDeadline
        ? {
            enquiryPeriod: {
              ...(o.publishedAt ? { startDate: o.publishedAt } : {}),
              endDate: o.clarificationDeadline,
            },
          }
        : {}),
      hasEnquiries: input.enquiries.length > 0,
      contractPeriod: period(o.contractStart, o.contractEnd),
      ...(input.submittedBidCount !== undefined ? { numberOfTenderers: input.submittedBidCount } : {}),
      items: (o.tiers ?? []).map((tier) => ({
        id: tier,
        description: `${needArea}, ${tier} complexity`,
        ...(o.expectedReferralsPerYear !== undefined
          ? {
              quantity: Math.round(
                (o.expectedReferralsPerYear * (o.tierMix?.[tier] ?? 100 / (o.tiers?.length ?? 1))) / 100,
              ),
            }
          : {}),
        unit: { name: "referrals a year" },
      })),
      enquiries: input.enquiries.map((e, i) => ({
        id: e.id,
        date: e.askedAt,
        title: `Clarification question ${i + 1}`,
        description: e.question,
        ...(e.answer ? { answer: e.answer } : {}),
        ...(e.answeredAt ? { dateAnswered: e.answeredAt } : {}),
      })),
    },
    ...(input.submittedBidCount !== undefined
      ? {
          bids: {
            statistics: [
              { id: "bids", measure: "bids", value: input.submittedBidCount, date: input.now.toISOString() },
            ],
          },
        }
      : {}),
    ...(awards.length ? { awards } : {}),
    ...(contracts.length ? { contracts } : {}),
  };
  return {
    uri: input.packageUri,
    version: "1.1",
    extensions: ocdsExtensions,
    publishedDate: input.now.toISOString(),
    publisher: { name: buyer.name },
    releases: [release],
  };
};
