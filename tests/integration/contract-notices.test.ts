import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractChangeKind } from "#functions/contracts/management-items.ts";
import { api } from "../support/api.ts";
import { liveContract, plusDays } from "../support/contracts.ts";
import { as, lead, retireCompetitions } from "../support/evaluation.ts";
import { settleJobs } from "../support/jobs.ts";
import { publishNotice } from "../support/notices.ts";
import { ocdsValidators } from "../support/ocds.ts";
import { getItem, putItems } from "../support/referrals.ts";

type Live = Awaited<ReturnType<typeof liveContract>>;
let contract: Live;
let opportunityId: string;
const validate = ocdsValidators();
const base = () => `/api/contracts/${contract.id}`;

beforeAll(async () => {
  contract = await liveContract();
  opportunityId = (await as(lead, "GET", base())).body.opportunityId;
}, 120_000);

afterAll(retireCompetitions);

interface Listed {
  id: string;
  kind: string;
  status: string;
  version: number;
  facts: { label: string; value: string }[];
  description: string;
}

/** The procurement's notices of one kind, as its commissioner's notices page lists them. */
const noticesOf = async (kind: string): Promise<Listed[]> => {
  await settleJobs();
  const listed = await as(lead, "GET", `/api/procurements/${opportunityId}/notices`);
  expect(listed.status).toBe(200);
  return listed.body.items.filter((n: Listed) => n.kind === kind);
};

/** Publishes a draft and checks what anyone then reads: valid OCDS, the right tag, nobody's name. */
const publishAndRead = async (draft: Listed, tag: string) => {
  await publishNotice(draft);
  const releases = await api("GET", `/api/public/procurements/${opportunityId}/releases`);
  expect(validate.releasePackage(releases.body)).toEqual([]);
  const release = releases.body.releases.find((r: { id: string }) => r.id.endsWith(draft.id));
  expect(release.tag).toEqual([tag]);
  expect(validate.release(release)).toEqual([]);
  const record = await api("GET", `/api/public/procurements/${opportunityId}/record`);
  expect(validate.recordPackage(record.body)).toEqual([]);
  const page = await api("GET", `/api/public/notices/${draft.id}`);
  const text = JSON.stringify([page.body, release]);
  // The commissioner is a person; the supplier and the buyer are organisations.
  for (const personal of ["Helen Carter", "user-", "@"]) expect(text).not.toContain(personal);
  return release as { contracts: Record<string, unknown>[] };
};

describe("notices drafted from contract management", () => {
  it("drafts a contract change notice only for a change above the threshold, once", async () => {
    const [low] = contract.interventions;
    // One more referral a year: far below 10% of the contract's value, so no notice.
    const small = await as(lead, "POST", `${base()}/changes`, {
      kind: "mandatory",
      terms: { tiers: [{ interventionId: low!.id, capacityPerYear: low!.capacityPerYear + 1 }] },
      reason: "One more place a year for the pilot.",
    });
    expect(small.status, JSON.stringify(small.body)).toBe(201);
    expect(await noticesOf("contractChange")).toEqual([]);

    const large = await as(lead, "POST", `${base()}/changes`, {
      kind: "mandatory",
      terms: { tiers: [{ interventionId: low!.id, capacityPerYear: (low!.capacityPerYear + 1) * 3 }] },
      reason: "Demand has tripled across the region.",
    });
    expect(large.status, JSON.stringify(large.body)).toBe(201);
    const drafts = await noticesOf("contractChange");
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ status: "draft" });
    expect(drafts[0]!.facts.map((f) => f.label)).toEqual(
      expect.arrayContaining(["Contract", "Supplier", "Value before", "Value after"]),
    );
    expect(drafts[0]!.description).toContain(`Notice of Change ${large.body.number}`);

    // The stream delivers the same change again (at least once): nothing more is drafted.
    const stored = await getItem(contractChangeKind.key({ contractId: contract.id, id: large.body.id }));
    await putItems([{ ...stored, notice: undefined }]);
    await putItems([stored!]);
    expect(await noticesOf("contractChange")).toHaveLength(1);

    const release = await publishAndRead(drafts[0]!, "contractAmendment");
    expect(release.contracts[0]).toMatchObject({
      amendments: [expect.objectContaining({ id: large.body.id })],
    });
  });

  it("drafts one contract performance notice per confirmed rating, however often it is delivered", async () => {
    const rating = {
      pk: `CONTRACT#${contract.id}`,
      sk: "RATING#2026-Q3",
      type: "contract-rating",
      contractId: contract.id,
      period: "2026-Q3",
      rating: "requires-improvement",
      status: "proposed",
      reason: "Time to first contact is behind target.",
      measures: [{ id: "m1", measure: "Time to first contact", numerator: 40, denominator: 60, target: 0.9 }],
    };
    await putItems([rating]);
    expect(await noticesOf("contractPerformance")).toEqual([]);
    const confirmed = { ...rating, status: "confirmed", confirmedAt: "2026-10-05T10:00:00.000Z" };
    await putItems([confirmed]);
    await putItems([rating]);
    await putItems([confirmed]);
    const drafts = await noticesOf("contractPerformance");
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.facts).toEqual(
      expect.arrayContaining([
        { label: "Rating", value: "Requires improvement" },
        { label: "Period", value: "2026-07-01 to 2026-09-30" },
      ]),
    );
    const release = await publishAndRead(drafts[0]!, "implementation");
    expect(release.contracts[0]).toMatchObject({
      implementation: { milestones: [expect.objectContaining({ status: "notMet" })] },
    });
  });

  it("drafts one contract termination notice when the contract is terminated", async () => {
    const current = (await as(lead, "GET", base())).body;
    const effective = plusDays(current.termsEffectiveFrom ?? current.startDate, 30);
    const terminated = await as(lead, "POST", `${base()}/termination`, {
      reason: "breach",
      detail: "Helen Carter recorded three missed service levels.",
      effectiveDate: effective,
      completeUntil: plusDays(effective, 60),
      termsVersion: current.termsVersion ?? 1,
    });
    expect(terminated.status, JSON.stringify(terminated.body)).toBe(200);
    const drafts = await noticesOf("contractTermination");
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.description).toContain("breach of contract");
    const release = await publishAndRead(drafts[0]!, "contractTermination");
    expect(release.contracts[0]).toMatchObject({ status: "terminated" });
  });
});
