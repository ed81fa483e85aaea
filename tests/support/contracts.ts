import { expect } from "vitest";
import { setClock } from "./api.ts";
import { as, competitionWithThreeBids, evaluateAll, lead, moveClockPast } from "./evaluation.ts";
import { publishAwardNotice } from "./notices.ts";

export const moneyMatters = "user-provider-money-matters";

/**
 * A London finance competition awarded to Money Matters and contracted, with the clock moved to the
 * day after the contract starts so its interventions are live in the catalogue. Tests that change a
 * contract's terms work on this one, never the seeded contracts other files read.
 */
export const liveContract = async () => {
  await setClock({ offsetMs: 0 });
  // Both of the opportunity's delivery units, so a change can drop one (a contract keeps at least one).
  const opportunity = await competitionWithThreeBids(
    {},
    { pduIds: ["camden-and-islington", "hackney-and-city"] },
  );
  await moveClockPast(opportunity.submissionDeadline);
  const evaluated = await evaluateAll(opportunity.id);
  const award = await as(lead, "POST", `/api/opportunities/${opportunity.id}/evaluation/outcome`, {
    decision: "award",
    organisationIds: ["org-money-matters"],
    reason: "Highest total score.",
    version: evaluated.version,
  });
  expect(award.status, JSON.stringify(award.body)).toBe(200);
  // Standstill starts when the award notice is published (ADR 0028), after every bidder's summary.
  const standstill = await publishAwardNotice(opportunity.id);
  await moveClockPast(standstill.standstillEndsAt);
  const created = await as(lead, "POST", `/api/opportunities/${opportunity.id}/evaluation/contracts`, {
    version: standstill.version,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const contract = created.body.items[0];
  await setClock({ now: `${contract.startDate}T10:00:00.000Z` });
  return contract as {
    id: string;
    reference: string;
    startDate: string;
    endDate: string;
    interventions: { id: string; tierId: string; pricePerReferralPence: number; capacityPerYear: number }[];
  };
};

/** A London date `days` after `date` (YYYY-MM-DD). */
export const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A contracts list entry, as the list answers it. */
export interface ListedContract {
  id: string;
  status?: string;
  endDate: string;
  startDate: string;
  supplierMembership?: string;
}

/** Every page of `GET /api/contracts?<query>` as the user, two at a time, following the cursors. */
export const listedContracts = async (user: string, query: string): Promise<ListedContract[]> => {
  const seen: ListedContract[] = [];
  let cursor: string | undefined;
  do {
    const res = await as(
      user,
      "GET",
      `/api/contracts?limit=2&${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    seen.push(...res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return seen;
};
