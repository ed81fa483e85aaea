import { expect } from "vitest";
import { as, lead } from "./evaluation.ts";

/** Drafts a notice of `kind` for a procurement as the lead, returning the draft. */
export const draftNotice = async (procurementId: string, kind: string, userId = lead) => {
  const drafted = await as(userId, "POST", `/api/procurements/${procurementId}/notices`, { kind });
  expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
  return drafted.body as { id: string; version: number; kind: string; ocid: string };
};

/** Publishes a draft notice as read. */
export const publishNotice = async (notice: { id: string; version: number }, userId = lead) => {
  const published = await as(userId, "POST", `/api/notices/${notice.id}/publish`, {
    version: notice.version,
  });
  expect(published.status, JSON.stringify(published.body)).toBe(200);
  return published.body as { id: string; publishedAt: string; version: number };
};

/**
 * After an award: sends every bidder its assessment summary, then drafts and publishes the contract
 * award notice, which starts standstill. Returns the evaluation as it then stands.
 */
export const publishAwardNotice = async (opportunityId: string) => {
  const sent = await as(lead, "POST", `/api/opportunities/${opportunityId}/assessment-summaries`);
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  const notice = await publishNotice(await draftNotice(opportunityId, "contractAward"));
  const evaluation = await as(lead, "GET", `/api/opportunities/${opportunityId}/evaluation`);
  expect(evaluation.body.standstillEndsAt, JSON.stringify(evaluation.body)).toBeTruthy();
  return {
    notice,
    standstillEndsAt: String(evaluation.body.standstillEndsAt),
    version: Number(evaluation.body.version),
  };
};
