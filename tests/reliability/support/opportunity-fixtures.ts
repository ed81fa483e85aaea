import { expect } from "vitest";
import { settleJobs } from "../../support/jobs.ts";
import { api, setClock } from "../../support/api.ts";
import { uploadDocument } from "../../support/documents.ts";
import { moderation, sheet } from "../../support/evaluation.ts";
import { completeBidContent, opportunityFields } from "../../support/opportunities.ts";
import { opportunityPartition } from "#functions/platform/data/shared-items.ts";
import { contractKeys } from "#functions/contracts/items.ts";
import { dayMs, inDays, principals, refreshTokens, token, type Fixture } from "./principals.ts";

/** Creates (and optionally publishes) a London finance opportunity as the London commissioner. */
export const opportunity = async (
  options: { publish?: boolean; overrides?: Record<string, unknown> } = {},
): Promise<{ id: string; version: number }> => {
  const helen = await token(principals.commissioner);
  // Finance: both Bridge Housing and Northern Pathways are admitted for it in London, so the "other
  // provider" can see the opportunity and reaches the checks on records that are not its own.
  const body = await opportunityFields({ needAreaId: "finance-benefits-debt", ...options.overrides });
  const created = await api("POST", "/api/opportunities", { token: helen, body });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  if (options.publish === false) return created.body;
  const published = await api("POST", `/api/opportunities/${created.body.id}/publish`, {
    token: helen,
    body: { version: created.body.version },
  });
  expect(published.status, JSON.stringify(published.body)).toBe(200);
  return published.body;
};

/** Saves a complete draft bid as the user; returns its version. */
export const draftBid = async (
  userId: string,
  opportunityId: string,
  content: object = completeBidContent(),
) => {
  const saved = await api("PUT", `/api/opportunities/${opportunityId}/bid`, {
    token: await token(userId),
    body: { content, version: 0 },
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return saved.body.version as number;
};

/** Submits the user's bid at the given version; returns the new version. */
export const submitBid = async (userId: string, opportunityId: string, version: number) => {
  const submitted = await api("POST", `/api/opportunities/${opportunityId}/bid/submit`, {
    token: await token(userId),
    body: { version },
  });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  return submitted.body.version as number;
};

/** Bridge Housing's submitted bid with one attachment, on a fresh opportunity. */
export const opportunityWithSubmittedBid = async (overrides: Record<string, unknown>): Promise<Fixture> => {
  const o = await opportunity({ overrides });
  const bridge = await token(principals.provider);
  const attachment = await uploadDocument(bridge, { type: "bid", opportunityId: o.id });
  const content = { ...completeBidContent(), attachments: [attachment] };
  const bidVersion = await submitBid(
    principals.provider,
    o.id,
    await draftBid(principals.provider, o.id, content),
  );
  return {
    owner: principals.provider,
    params: { opportunityId: o.id, organisationId: "org-bridge-housing", documentId: attachment.documentId },
    versions: { opportunity: o.version, bid: bidVersion },
    partitions: [opportunityPartition(o.id)],
  };
};

const evaluationSteps = [
  "closedUnpanelled",
  "panelled",
  "declared",
  "scored",
  "moderated",
  "awarded",
  "contracted",
] as const;
type EvaluationStep = (typeof evaluationSteps)[number];
const bridgeBidders = { bidders: [{ organisationId: "org-bridge-housing", conflict: false }] };

/** Calls the API as a user and expects a success; returns the body. */
const expectOk = async (userId: string, method: string, path: string, body?: unknown) => {
  const res = await api(method, path, {
    token: await token(userId),
    ...(body === undefined ? {} : { body }),
  });
  expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res.body;
};

/**
 * One London finance competition per evaluation step, each with Bridge Housing's bid and Helen Carter
 * (its creator, so the lead) as the only evaluator. Built 40 days in the past so that they are closed
 * at the real time and the awards' standstill (8 working days from each award notice) has ended; leaves the clock at real time.
 */
export const evaluations = async (): Promise<Record<EvaluationStep, Fixture>> => {
  await setClock({ offsetMs: -40 * dayMs });
  refreshTokens();
  const ids = {} as Record<EvaluationStep, string>;
  const awardNotices: Partial<Record<EvaluationStep, string>> = {};
  for (const step of evaluationSteps) {
    const o = await opportunity({
      overrides: { clarificationDeadline: await inDays(7), submissionDeadline: await inDays(14) },
    });
    await submitBid(principals.provider, o.id, await draftBid(principals.provider, o.id));
    ids[step] = o.id;
  }
  await setClock({ offsetMs: -25 * dayMs });
  refreshTokens();
  const helen = principals.commissioner;
  const reached = (step: EvaluationStep, s: EvaluationStep) =>
    evaluationSteps.indexOf(step) >= evaluationSteps.indexOf(s);
  for (const step of evaluationSteps) {
    const base = `/api/opportunities/${ids[step]}/evaluation`;
    const bid = `${base}/bids/org-bridge-housing`;
    if (!reached(step, "panelled")) continue;
    await expectOk(helen, "PUT", `${base}/panel`, { evaluatorIds: [helen], version: 0 });
    if (!reached(step, "declared")) continue;
    await expectOk(helen, "POST", `${base}/declaration`, bridgeBidders);
    if (!reached(step, "scored")) continue;
    await expectOk(helen, "POST", `${bid}/scores`, sheet(3));
    if (!reached(step, "moderated")) continue;
    await expectOk(helen, "PUT", `${bid}/moderation`, moderation(3, 3, 3));
    if (!reached(step, "awarded")) continue;
    const { version } = await expectOk(helen, "GET", base);
    await expectOk(helen, "POST", `${base}/outcome`, {
      decision: "award",
      organisationIds: ["org-bridge-housing"],
      reason: "The best value for money",
      version,
    });
    // Standstill starts when the award notice is published, after the summaries (ADR 0028).
    await expectOk(helen, "POST", `/api/opportunities/${ids[step]}/assessment-summaries`);
    const notice = await expectOk(helen, "POST", `/api/procurements/${ids[step]}/notices`, {
      kind: "contractAward",
    });
    await expectOk(helen, "POST", `/api/notices/${notice.id}/publish`, { version: notice.version });
    awardNotices[step] = notice.id;
  }
  await setClock({ offsetMs: 0 });
  refreshTokens();
  const contracted = await expectOk(
    helen,
    "POST",
    `/api/opportunities/${ids.contracted}/evaluation/contracts`,
    {
      version: (await expectOk(helen, "GET", `/api/opportunities/${ids.contracted}/evaluation`)).version,
    },
  );
  const fixtures = {} as Record<EvaluationStep, Fixture>;
  for (const step of evaluationSteps) {
    const evaluation = await expectOk(helen, "GET", `/api/opportunities/${ids[step]}/evaluation`);
    fixtures[step] = {
      owner: principals.provider,
      params: {
        opportunityId: ids[step],
        organisationId: "org-bridge-housing",
        procurementId: ids[step],
        ...(awardNotices[step] ? { noticeId: awardNotices[step] } : {}),
      },
      versions: { evaluation: evaluation.version ?? 0 },
      partitions: [opportunityPartition(ids[step])],
    };
  }
  fixtures.contracted.params.contractId = contracted.items[0].id;
  fixtures.contracted.params.referralId = "referral-not-under-this-contract";
  fixtures.contracted.partitions.push(contractKeys.contract(contracted.items[0].id).pk);
  // The dashboards list a contract once the stream consumer has seen it.
  await settleJobs();
  return fixtures;
};
