import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  draftContractChange,
  draftContractPerformance,
  draftContractTermination,
} from "#shared/notices/contract-drafts.ts";
import {
  draftCompetitionNotice,
  draftDynamicMarketEstablishment,
} from "#shared/notices/competition-drafts.ts";
import { compiledRelease, recordPackage, releasePackage } from "#shared/notices/releases.ts";
import type { OcdsInput } from "#shared/ocds/release.ts";
import { ocdsValidators } from "../support/ocds.ts";
import { contractWithOffer, publishDraft, safeWord, secret } from "../support/planted-secrets.ts";

const validate = ocdsValidators();

const title = fc.array(safeWord, { minLength: 2, maxLength: 6 }).map((w) => w.join(" "));
const org = fc.record({
  organisationId: fc.constantFrom("org-a", "org-b", "org-c"),
  organisationName: fc.constantFrom("Alpha Trust", "Beta CIC", "Gamma Charity"),
  estimatedValuePence: fc.integer({ min: 0, max: 2_000_000_000 }),
});

/** A generated procurement at any point, with secrets planted where bid content lives (the contracts' offers). */
const procurement = fc
  .record({
    id: fc.uuid(),
    title,
    awarded: fc.array(org, { minLength: 1, maxLength: 3 }),
    secrets: fc.array(secret, { minLength: 1, maxLength: 4 }),
    bids: fc.integer({ min: 1, max: 20 }),
  })
  .map(({ id, title, awarded, secrets, bids }): { input: OcdsInput; secrets: string[] } => {
    const unique = [...new Map(awarded.map((a) => [a.organisationId, a])).values()];
    const contracts = unique.map((a, n) =>
      contractWithOffer({
        n,
        opportunityId: id,
        opportunityTitle: title,
        organisationId: a.organisationId,
        organisationName: a.organisationName,
        offer: secrets.join(" "),
      }),
    );
    return {
      secrets,
      input: {
        opportunity: {
          id,
          title,
          needAreaId: "finance-benefits-debt",
          regionIds: ["london"],
          pduIds: ["camden-and-islington"],
          state: "published",
          status: "closed",
          createdBy: "user-commissioner-london",
          createdAt: "2026-11-01T10:00:00.000Z",
          publishedAt: "2026-11-02T10:00:00.000Z",
          submissionDeadline: "2026-12-01T12:00:00.000Z",
          clarificationDeadline: "2026-11-20T12:00:00.000Z",
          contractStart: "2027-04-01",
          contractEnd: "2029-03-31",
          budgetCeilingPence: 50_000_000,
          tiers: ["low"],
          qualityQuestions: [{ id: "q1", text: "How will you help?", weight: 60, wordLimit: 500 }],
          socialValueWeight: 10,
          priceWeight: 30,
          version: 3,
        },
        enquiries: [],
        submittedBidCount: bids,
        evaluation: { state: "contracted", decidedAt: "2026-12-05T10:00:00.000Z", awarded: unique },
        contracts,
        now: new Date("2027-01-10T10:00:00.000Z"),
        packageUri: "https://example.org/package",
      },
    };
  });

describe("the public record", () => {
  it("never contains bid content, a CRN or a person's name, and every release, package and record is valid OCDS 1.1.5", () => {
    fc.assert(
      fc.property(procurement, ({ input, secrets }) => {
        const drafts = (
          ["tender", "contractAward", "contractDetails", "procurementTermination"] as const
        ).map((k) => draftCompetitionNotice(k, input));
        const releases = drafts.map(publishDraft);
        for (const r of releases) expect(validate.release(r)).toEqual([]);
        const pkg = releasePackage("https://example.org/releases", releases, releases.at(-1)!.date);
        expect(validate.releasePackage(pkg)).toEqual([]);
        const record = recordPackage("https://example.org/record", "https://example.org/releases", releases);
        expect(validate.recordPackage(record)).toEqual([]);
        const text = JSON.stringify([drafts.map((d) => [d.facts, d.description]), pkg, record]);
        for (const s of secrets) expect(text).not.toContain(s);
      }),
      { numRuns: 40 },
    );
  });

  it("lists key performance indicators only for contracts over £5 million", () => {
    fc.assert(
      fc.property(procurement, ({ input }) => {
        const details = draftCompetitionNotice("contractDetails", input);
        const large = (input.evaluation?.awarded ?? []).some(
          (a) => (a.estimatedValuePence ?? 0) > 500_000_000,
        );
        expect(details.facts.some((f) => f.label === "Key performance indicators")).toBe(large);
      }),
      { numRuns: 40 },
    );
  });

  it("drafts contract management's notices from plain facts as valid releases with the right tags", () => {
    const base = {
      opportunityId: "opp-1",
      procurementTitle: "Money advice",
      regionIds: ["london"],
      contractId: "c1",
      contractReference: "DFP-LON-FIN-1",
      supplier: { id: "org-a", name: "Alpha Trust" },
    };
    const drafts = [
      draftContractChange({
        ...base,
        changeId: "ch1",
        agreedAt: "2027-06-01T10:00:00.000Z",
        summary: "Capacity raised by 20 referrals a year.",
        valueBeforePence: 100,
        valueAfterPence: 200,
      }),
      draftContractPerformance({
        ...base,
        ratingId: "r1",
        indicator: "Orders completed",
        rating: "good",
        periodStart: "2027-04-01",
        periodEnd: "2027-06-30",
        confirmedAt: "2027-07-05T10:00:00.000Z",
      }),
      draftContractTermination({
        ...base,
        terminatedAt: "2027-09-01T10:00:00.000Z",
        reason: "Ended by agreement.",
      }),
      draftDynamicMarketEstablishment(),
    ];
    const releases = drafts.map(publishDraft);
    expect(releases.map((r) => r.tag)).toEqual([
      ["contractAmendment"],
      ["implementation"],
      ["contractTermination"],
      ["tender"],
    ]);
    for (const r of releases) expect(validate.release(r)).toEqual([]);
    const compiled = compiledRelease(releases.slice(0, 3));
    expect(compiled.tag).toEqual(["compiled"]);
    expect((compiled.contracts as { status?: string }[])[0]!.status).toBe("terminated");
  });

  it("the validator refuses a release that breaks the official schema", () => {
    const release = publishDraft(draftDynamicMarketEstablishment(), 0);
    expect(validate.release({ ...release, tag: ["notATag"] })).not.toEqual([]);
    expect(validate.release({ ...release, date: "yesterday" })).not.toEqual([]);
  });
});
