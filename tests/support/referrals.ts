import { BatchWriteCommand, GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { ulid } from "ulid";
import { expect, inject } from "vitest";
import { contractItems } from "#functions/contracts/items.ts";
import type { Contract } from "#shared/contracts/contract.ts";
import { londonDate } from "#shared/time/index.ts";
import { api, tokenFor } from "./api.ts";
import { referralAnswers } from "../../infra/local/seed/referral-answers.ts";
import { portalNow } from "./opportunities.ts";
import { table } from "./table.ts";

export { table };

/** Writes items in batches of 25. */
export const putItems = async (items: Record<string, unknown>[]) => {
  for (let i = 0; i < items.length; i += 25) {
    await table().send(
      new BatchWriteCommand({
        RequestItems: {
          [inject("tableName")]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })),
        },
      }),
    );
  }
};

/** Reads one item by key. */
export const getItem = async (key: { pk: string; sk: string }) =>
  (await table().send(new GetCommand({ TableName: inject("tableName"), Key: key }))).Item;

/** Every item of a partition (tests only). */
export const partition = async (pk: string) =>
  (
    await table().send(
      new QueryCommand({
        TableName: inject("tableName"),
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": pk },
      }),
    )
  ).Items ?? [];

const day = 86_400_000;

/**
 * A live contract of its own (as award would create it through contractItems), in a PDU no seeded
 * contract covers unless one is given, so a test's catalogue search sees only what it arranged.
 */
export const liveContract = async (
  overrides: Partial<Contract> & { tiers?: Partial<Contract["interventions"][number]>[] } = {},
): Promise<Contract> => {
  const now = await portalNow();
  const id = `contract-test-${ulid().toLowerCase()}`;
  const { tiers = [{}], ...rest } = overrides;
  const base = {
    id,
    reference: `DFP-TST-${id.slice(-6).toUpperCase()}`,
    opportunityId: `opp-${id}`,
    opportunityTitle: "Test contract",
    organisationId: "org-bridge-housing",
    organisationName: "Bridge Housing Trust",
    needAreaId: "accommodation",
    regionIds: ["london"],
    pduIds: ["croydon"],
    startDate: londonDate(new Date(now.getTime() - 30 * day)),
    endDate: londonDate(new Date(now.getTime() + 300 * day)),
    createdAt: now.toISOString(),
    ...rest,
  };
  const contract: Contract = {
    ...base,
    capacityPerYear: 100,
    interventions: tiers.map((tier, i) => ({
      id: `${id}-${tier.tierId ?? "low"}-${i}`,
      contractId: id,
      contractReference: base.reference,
      opportunityId: base.opportunityId,
      organisationId: base.organisationId,
      organisationName: base.organisationName,
      needAreaId: base.needAreaId,
      tierId: "low",
      title: `Test intervention ${i + 1}`,
      assessAndPlan: "Assess",
      implement: "Implement",
      reviewAndEvaluate: "Review",
      sessions: 4,
      sessionMinutes: 60,
      deliveryMethods: ["one-to-one"],
      settings: ["community"],
      cohorts: [],
      regionIds: base.regionIds,
      pduIds: base.pduIds,
      pricePerReferralPence: 50_000,
      capacityPerYear: 100,
      startDate: base.startDate,
      endDate: base.endDate,
      ...tier,
    })),
  };
  await putItems(contractItems(contract));
  return contract;
};

/** Answers to every section of a referral to Bridge Housing's accommodation service. */
export const completeAnswers = async () => referralAnswers(await portalNow());

export const officers = {
  camden: "user-officer-camden",
  hackney: "user-officer-hackney",
  cardiff: "user-officer-cardiff",
} as const;

/** Starts a draft as the officer; returns the draft and the officer's token. */
export const startDraft = async (
  officerId: string = officers.camden,
  interventionId = "contract-bridge-accommodation-low",
) => {
  const token = await tokenFor(officerId);
  const res = await api("POST", "/api/referrals", { token, body: { interventionId } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { token, draft: res.body };
};

/** Fills every section of a draft through the API; returns the latest version. */
export const fillDraft = async (token: string, draft: { id: string; version: number }) => {
  const answers = await completeAnswers();
  let version = draft.version;
  for (const [section, data] of Object.entries(answers)) {
    const res = await api("PUT", `/api/referrals/${draft.id}/sections/${section}`, {
      token,
      body: { ...data, version, finished: true },
    });
    expect(res.status, `${section}: ${JSON.stringify(res.body)}`).toBe(200);
    version = res.body.version;
  }
  return { version, answers };
};

/** A referral sent by the officer to the intervention; returns it with the officer's token. */
export const sentReferral = async (officerId: string = officers.camden, interventionId?: string) => {
  const { token, draft } = await startDraft(officerId, interventionId);
  const { version, answers } = await fillDraft(token, draft);
  const res = await api("POST", `/api/referrals/${draft.id}/send`, { token, body: { version } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { token, referral: res.body, answers };
};
