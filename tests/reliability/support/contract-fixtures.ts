import { expect } from "vitest";
import { contractKeys } from "#functions/contracts/items.ts";
import { api } from "../../support/api.ts";
import { type Fixture, principals, token } from "./principals.ts";

/** Bridge Housing's seeded London accommodation contract: its provider and Helen Carter's region. */
export const bridgeContract = "contract-bridge-accommodation";

const expectCreated = async (userId: string, path: string, body: unknown) => {
  const res = await api("POST", path, { token: await token(userId), body });
  expect(res.status, `POST ${path}: ${JSON.stringify(res.body)}`).toBe(201);
  return res.body as { id: string; version: number };
};

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
