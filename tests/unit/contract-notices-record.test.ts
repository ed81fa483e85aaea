import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amendContract } from "#shared/contracts/amend.ts";
import type { ContractChange } from "#shared/contracts/change.ts";
import type { Contract } from "#shared/contracts/contract.ts";
import {
  draftContractChange,
  draftContractPerformance,
  draftContractTermination,
} from "#shared/notices/contract-drafts.ts";
import type { DraftedNotice } from "#shared/notices/draft.ts";
import { publishedRelease } from "#shared/notices/releases.ts";
import type { ContractNoticeRequest } from "#functions/notices/index.ts";
import { changeRequest, performanceRequest, terminationRequest } from "#functions/notices/contract-facts.ts";
import { ocdsValidators } from "../support/ocds.ts";

const validate = ocdsValidators();

/** Words that must never reach a public output: a person on probation, a CRN, a caseworker's name. */
const secret = fc.constantFrom(
  "Jordan Smith (person on probation)",
  "X123456",
  "Alex Morgan",
  "PRIVATE NOTE",
);
/** Free text as people write it: safe words with secrets planted among them. */
const prose = fc
  .array(fc.oneof(fc.constantFrom("support", "weekly", "sessions", "in", "London"), secret), {
    minLength: 1,
    maxLength: 8,
  })
  .map((w) => w.join(" "));
const person = fc.record({ userId: fc.constant("user-x"), name: secret, role: fc.constant("commissioner") });

const contractOf = (serviceDescription: string, secrets: string): Contract => ({
  id: "contract-1",
  reference: "DFP-LON-FIN-1",
  opportunityId: "opp-1",
  opportunityTitle: "Money advice in London",
  organisationId: "org-a",
  organisationName: "Alpha Trust",
  needAreaId: "finance-benefits-debt",
  regionIds: ["london"],
  pduIds: ["camden-and-islington"],
  capacityPerYear: 100,
  startDate: "2027-04-01",
  endDate: "2029-03-31",
  createdAt: "2027-01-10T10:00:00.000Z",
  serviceDescription,
  interventions: [
    {
      id: "i-1",
      contractId: "contract-1",
      contractReference: "DFP-LON-FIN-1",
      opportunityId: "opp-1",
      organisationId: "org-a",
      organisationName: "Alpha Trust",
      needAreaId: "finance-benefits-debt",
      tierId: "low",
      title: "Money Basics",
      assessAndPlan: secrets,
      implement: secrets,
      reviewAndEvaluate: secrets,
      sessions: 6,
      sessionMinutes: 60,
      deliveryMethods: ["in-person"],
      settings: ["community"],
      cohorts: [],
      regionIds: ["london"],
      pduIds: ["camden-and-islington"],
      pricePerReferralPence: 50_000,
      capacityPerYear: 100,
      startDate: "2027-04-01",
      endDate: "2029-03-31",
    },
  ],
});

const publish = (d: DraftedNotice) =>
  publishedRelease({
    ocid: "ocds-dfp000-opp-1",
    noticeId: "N1",
    publishedAt: "2027-07-01T10:00:00.000Z",
    tag: d.tag,
    textAt: d.textAt,
    description: d.description,
    sections: d.release,
  });

/** The notice a request drafts, as a reader sees it: its facts, description and OCDS release. */
const published = (request: ContractNoticeRequest | undefined) => {
  expect(request).toBeDefined();
  const r = request!;
  const draft =
    r.kind === "contractChange"
      ? draftContractChange(r.facts as Parameters<typeof draftContractChange>[0])
      : r.kind === "contractTermination"
        ? draftContractTermination(r.facts as Parameters<typeof draftContractTermination>[0])
        : draftContractPerformance(r.facts as Parameters<typeof draftContractPerformance>[0]);
  const release = publish(draft);
  expect(validate.release(release)).toEqual([]);
  return JSON.stringify([draft.facts, draft.description, release]);
};

const free = fc.record({ before: prose, after: prose, reason: prose, detail: prose, by: person });

describe("contract management's public notices (ADR 0034)", () => {
  it("never carry the parties' words: no person's name, CRN or note reaches a change, termination or performance notice", () => {
    fc.assert(
      fc.property(free, fc.integer({ min: 20, max: 1000 }), (f, capacity) => {
        const secrets = [f.before, f.after, f.reason, f.detail, f.by.name].join(" ");
        const contract = contractOf(f.before, secrets);
        const terms = {
          tiers: [{ interventionId: "i-1", capacityPerYear: 100 + capacity }],
          serviceDescription: f.after,
        };
        const amended = amendContract(contract, terms, "2027-07-01");
        const change: ContractChange = {
          id: "ch1",
          contractId: contract.id,
          number: 1,
          kind: "discretionary",
          status: "agreed",
          proposedBy: f.by as ContractChange["proposedBy"],
          proposedAt: "2027-06-01T10:00:00.000Z",
          terms,
          reason: f.reason,
          effectiveDate: "2027-07-01",
          attachmentIds: [],
          responses: [
            {
              kind: "comment",
              text: f.detail,
              by: f.by as ContractChange["proposedBy"],
              at: "2027-06-02T10:00:00.000Z",
            },
          ],
          decision: {
            outcome: "as-proposed",
            reason: f.reason,
            by: f.by as ContractChange["proposedBy"],
            at: "2027-06-03T10:00:00.000Z",
          },
          notice: {
            agreedTerms: terms,
            changes: amended.facts,
            effectiveDate: "2027-07-01",
            reason: f.reason,
            annualValueDeltaPence: amended.annualValueDeltaPence,
          },
          version: 2,
        };
        const terminated: Contract = {
          ...contract,
          status: "terminated",
          termination: {
            reason: "breach",
            detail: f.detail,
            effectiveDate: "2027-09-01",
            completeUntil: "2027-10-01",
            at: "2027-08-01T10:00:00.000Z",
          },
        };
        const rating = {
          contractId: contract.id,
          period: "2027-Q2",
          rating: "requires-improvement",
          status: "confirmed",
          confirmedAt: "2027-07-05T10:00:00.000Z",
          reason: f.reason,
          note: f.detail,
          measures: [{ id: "m1", measure: "Time to first contact", comment: f.detail }],
        };
        const text = [
          published(changeRequest(change, contract, "ocds-dfp000-opp-1", 10)),
          published(terminationRequest(terminated, "ocds-dfp000-opp-1")),
          published(performanceRequest(rating, contract, "ocds-dfp000-opp-1")),
        ].join(" ");
        for (const word of ["Jordan Smith", "X123456", "Alex Morgan", "PRIVATE NOTE"])
          expect(text).not.toContain(word);
      }),
      { numRuns: 60 },
    );
  });
});
