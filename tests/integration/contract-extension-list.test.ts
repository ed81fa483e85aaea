import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { londonDate } from "#shared/time/index.ts";
import { setClock } from "../support/api.ts";
import { listedContracts, plusDays } from "../support/contracts.ts";
import { as } from "../support/evaluation.ts";
import { runJob } from "../support/jobs.ts";
import { portalNow } from "../support/opportunities.ts";
import { liveContract } from "../support/referrals.ts";

// Issue 18: an agreed change of end date moves a contract in or out of "ending within 90 days".
// Wales and Fresh Start, so other files' London lists are untouched; each check looks for these contracts.
const commissioner = "user-commissioner-wales";
const provider = "user-provider-fresh-start";
const wales = {
  regionIds: ["wales"],
  pduIds: ["cardiff-and-vale"],
  organisationId: "org-fresh-start",
  organisationName: "Fresh Start",
};
let today: string;

/** The provider proposes a new end date from `effectiveDate`; the commissioner agrees it as proposed. */
const agreeEndDate = async (contractId: string, endDate: string, effectiveDate: string) => {
  const proposed = await as(provider, "POST", `/api/contracts/${contractId}/changes`, {
    kind: "discretionary",
    terms: { endDate },
    reason: "The service's funding has changed.",
    effectiveDate,
  });
  expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
  const decided = await as(
    commissioner,
    "POST",
    `/api/contracts/${contractId}/changes/${proposed.body.id}/decision`,
    {
      outcome: "as-proposed",
      reason: "Agreed.",
      version: proposed.body.version,
    },
  );
  expect(decided.status, JSON.stringify(decided.body)).toBe(200);
  return decided.body as { status: string };
};

const endingSoon = async () =>
  (await listedContracts(commissioner, "ending=within-90-days")).map((c) => c.id);

beforeAll(async () => {
  await setClock({ offsetMs: 0 });
  today = londonDate(await portalNow());
});

afterAll(async () => {
  await setClock({ offsetMs: 0 });
});

describe("an agreed change of end date, in the contracts list", () => {
  it("an extension agreed today takes the contract out of 'ending within 90 days' at once, with its new end date", async () => {
    const contract = await liveContract({ ...wales, endDate: plusDays(today, 60) });
    expect(await endingSoon()).toContain(contract.id);

    const decided = await agreeEndDate(contract.id, plusDays(today, 400), today);
    expect(decided.status).toBe("applied");
    expect(await endingSoon()).not.toContain(contract.id);
    const live = await listedContracts(commissioner, "status=live&order=ending-latest");
    expect(live.find((c) => c.id === contract.id)?.endDate).toBe(plusDays(today, 400));
    const providers = await listedContracts(provider, "ending=within-90-days");
    expect(providers.map((c) => c.id)).not.toContain(contract.id);
  });

  it("a shortening agreed for a later date moves the contract into the list only when it takes effect", async () => {
    const contract = await liveContract({ ...wales, endDate: plusDays(today, 300) });
    const effective = plusDays(today, 10);
    const decided = await agreeEndDate(contract.id, plusDays(today, 60), effective);
    expect(decided.status).toBe("agreed");
    expect(await endingSoon()).not.toContain(contract.id);

    await setClock({ now: `${effective}T09:00:00.000Z` });
    await runJob("contractChangesDue");
    const ending = await listedContracts(commissioner, "ending=within-90-days");
    expect(ending.find((c) => c.id === contract.id)?.endDate).toBe(plusDays(today, 60));
  });
});
