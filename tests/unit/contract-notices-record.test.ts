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
import type { ContractNoticeRequest } from "#functions/notices/index.ts";
import { changeRequest, performanceRequest, terminationRequest } from "#functions/notices/contract-facts.ts";
import { ocdsValidators } from "../support/ocds.ts";
import { contractWithOffer, person, prose, publishDraft, secretTexts } from "../support/planted-secrets.ts";

const validate = ocdsValidators();

const contractOf = (serviceDescription: string, offer: string): Contract =>
  contractWithOffer({
    n: 1,
    opportunityId: "opp-1",
    opportunityTitle: "Money advice in London",
    organisationId: "org-a",
    organisationName: "Alpha Trust",
    offer,
    serviceDescription,
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
  const release = publishDraft(draft, 1);
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
        for (const word of secretTexts) expect(text).not.toContain(word);
      }),
      { numRuns: 60 },
    );
  });
});
