import { expect } from "vitest";
import { contractKeys } from "#functions/contracts/items.ts";
import { referralKind } from "#functions/referrals/items.ts";
import { londonDate } from "#shared/time/index.ts";
import { api } from "../../support/api.ts";
import { plusDays } from "../../support/contracts.ts";
import { portalNow } from "../../support/opportunities.ts";
import { liveContract, sentReferral } from "../../support/referrals.ts";
import { type Fixture, principals, token } from "./principals.ts";

/** Bridge Housing's seeded London accommodation contract: its provider and Helen Carter's region. */
export const bridgeContract = "contract-bridge-accommodation";

const expectStatus = async (userId: string, path: string, status: number, body: unknown) => {
  const res = await api("POST", path, { token: await token(userId), body });
  expect(res.status, `POST ${path}: ${JSON.stringify(res.body)}`).toBe(status);
  return res.body as { id: string; version: number };
};
const expectCreated = (userId: string, path: string, body: unknown) => expectStatus(userId, path, 201, body);

const fixture = (params: Record<string, string>, versions: Record<string, number>): Fixture => ({
  owner: principals.provider,
  params: { contractId: bridgeContract, ...params },
  versions,
  partitions: [contractKeys.contract(bridgeContract).pk],
});

/**
 * A discretionary change Bridge Housing proposed to its contract. It alters only the description and
 * takes effect in 2099, so deciding it never changes what another row or file sees in the catalogue.
 */
export const contractChange = async (): Promise<Fixture> => {
  const change = await expectCreated(principals.provider, `/api/contracts/${bridgeContract}/changes`, {
    kind: "discretionary",
    terms: { serviceDescription: "Accommodation support, with a tenancy helpline." },
    reason: "People ask for help between sessions.",
    effectiveDate: "2099-01-01",
  });
  return fixture({ changeId: change.id }, { change: change.version });
};

/** An issue report Bridge Housing raised on its contract, not yet shared. */
export const contractIssue = async (): Promise<Fixture> => {
  const issue = await expectCreated(principals.provider, `/api/contracts/${bridgeContract}/issues`, {
    title: "Referral information arrives late",
    firstRaisedOn: "2026-01-05",
    description: "Risk information arrives after the first appointment.",
    implications: "Appointments are rearranged.",
    severity: "medium",
    urgency: "low",
    currentCostPence: 0,
    potentialCostPence: 50_000,
    workUnderWay: "Weekly calls with the delivery unit.",
  });
  return fixture({ issueId: issue.id }, { issue: issue.version });
};

/**
 * A London accommodation contract of Bridge Housing's, terminated by Helen Carter, with Sam Rowe's
 * open referral under it: the transfer's real case. Its target is the seeded Bridge contract, which
 * covers Sam's delivery unit and the low tier, so a valid transfer succeeds.
 */
export const terminatedContractReferral = async (): Promise<Fixture> => {
  const ending = await liveContract({ pduIds: ["camden-and-islington"] });
  const { referral } = await sentReferral(principals.officer, ending.interventions[0]!.id);
  const today = londonDate(await portalNow());
  await expectStatus(principals.commissioner, `/api/contracts/${ending.id}/termination`, 200, {
    reason: "breach",
    detail: "Repeated missed first contacts.",
    effectiveDate: today,
    completeUntil: plusDays(today, 30),
    termsVersion: 1,
  });
  return {
    owner: principals.provider,
    params: { contractId: ending.id, referralId: referral.id, toContractId: bridgeContract },
    versions: { referral: referral.version },
    partitions: [contractKeys.contract(ending.id).pk, referralKind.pk({ id: referral.id })],
  };
};
