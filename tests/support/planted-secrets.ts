import fc from "fast-check";
import type { Contract } from "#shared/contracts/contract.ts";
import type { DraftedNotice } from "#shared/notices/draft.ts";
import { publishedRelease } from "#shared/notices/releases.ts";

/** Text that must never reach a public output: a bid answer, a CRN, people's names, a private note. */
export const secretTexts = [
  "SECRET-ANSWER we will house every person within a week",
  "X123456",
  "Alex Morgan",
  "Jordan Smith (person on probation)",
  "PRIVATE NOTE",
] as const;

/** One of the secrets. */
export const secret = fc.constantFrom(...secretTexts);

/** A word that may be published. */
export const safeWord = fc.constantFrom(
  "Money",
  "advice",
  "north",
  "London",
  "housing",
  "support",
  "debt",
  "weekly",
  "sessions",
);

/** Free text as people write it: safe words with secrets planted among them. */
export const prose = fc
  .array(fc.oneof(safeWord, secret), { minLength: 1, maxLength: 8 })
  .map((w) => w.join(" "));

/** Someone who took a step, named by a secret. */
export const person = fc.record({
  userId: fc.constant("user-x"),
  name: secret,
  role: fc.constant("commissioner"),
});

/**
 * The n-th London money-advice contract of a competition, with one intervention whose offer (where a
 * bid's content lives) is `offer`, so a test can plant secrets there.
 */
export const contractWithOffer = (c: {
  n: number;
  opportunityId: string;
  opportunityTitle: string;
  organisationId: string;
  organisationName: string;
  offer: string;
  serviceDescription?: string;
}): Contract => {
  const { n, offer, serviceDescription, ...of } = c;
  const id = `contract-${n}`;
  const reference = `DFP-LON-FIN-${n}`;
  const where = {
    needAreaId: "finance-benefits-debt",
    regionIds: ["london"],
    pduIds: ["camden-and-islington"],
  };
  const term = { capacityPerYear: 100, startDate: "2027-04-01", endDate: "2029-03-31" };
  return {
    id,
    reference,
    ...of,
    ...where,
    ...term,
    createdAt: "2027-01-10T10:00:00.000Z",
    ...(serviceDescription === undefined ? {} : { serviceDescription }),
    interventions: [
      {
        id: `i-${n}`,
        contractId: id,
        contractReference: reference,
        opportunityId: of.opportunityId,
        organisationId: of.organisationId,
        organisationName: of.organisationName,
        ...where,
        ...term,
        tierId: "low",
        title: "Money Basics",
        assessAndPlan: offer,
        implement: offer,
        reviewAndEvaluate: offer,
        sessions: 6,
        sessionMinutes: 60,
        deliveryMethods: ["in-person"],
        settings: ["community"],
        cohorts: [],
        pricePerReferralPence: 50_000,
      },
    ],
  };
};

/** A drafted notice published as the i-th release of its procurement (one a day from 1 January 2027). */
export const publishDraft = (d: DraftedNotice, i: number) =>
  publishedRelease({
    ocid: `ocds-dfp000-${d.procurementId}`,
    noticeId: `N${i}`,
    publishedAt: new Date(Date.UTC(2027, 0, 1 + i)).toISOString(),
    tag: d.tag,
    textAt: d.textAt,
    description: d.description,
    sections: d.release,
  });
