import { expect } from "vitest";
import { api, setClock } from "../../support/api.ts";
import { uploadDocument } from "../../support/documents.ts";
import { moderation, sheet } from "../../support/evaluation.ts";
import { completeBidContent } from "../../support/opportunities.ts";
import {
  dayMs,
  draftBid,
  inDays,
  opportunity,
  principals,
  refreshTokens,
  submitBid,
  token,
} from "./fixtures.ts";
import { pooled } from "./pooled.ts";

/** Competitions for the life-cycle tests: Helen Carter (the lead) and Bridge Housing's bid. */
export const helen = principals.commissioner;
export const bridge = "org-bridge-housing";

export const as = async (userId: string, method: string, path: string, body?: unknown) =>
  api(method, path, { token: await token(userId), ...(body === undefined ? {} : { body }) });

export const ok = async (userId: string, method: string, path: string, body?: unknown) => {
  const res = await as(userId, method, path, body);
  expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res.body;
};

export const evaluationOf = (id: string) => `/api/opportunities/${id}/evaluation`;

/** Opens competitions 40 days ago, each with Bridge Housing's bid; leaves the clock 25 days ago (closed). */
export const closedCompetitions = async (count: number, withAttachment = false) => {
  await setClock({ offsetMs: -40 * dayMs });
  refreshTokens();
  const ids = await pooled(
    Array.from({ length: count }, () => async () => {
      const o = await opportunity({
        overrides: { clarificationDeadline: await inDays(7), submissionDeadline: await inDays(14) },
      });
      const attachment = withAttachment
        ? await uploadDocument(await token(principals.provider), { type: "bid", opportunityId: o.id })
        : undefined;
      const content = attachment ? { ...completeBidContent(), attachments: [attachment] } : undefined;
      await submitBid(principals.provider, o.id, await draftBid(principals.provider, o.id, content));
      return { id: o.id, documentId: attachment?.documentId };
    }),
    6,
  );
  await setClock({ offsetMs: -25 * dayMs });
  refreshTokens();
  return ids;
};

/** Helen names herself as the panel, declares, scores and moderates Bridge's bid: ready to award. */
export const evaluateToModerated = async (id: string) => {
  const base = evaluationOf(id);
  await ok(helen, "PUT", `${base}/panel`, { evaluatorIds: [helen], version: 0 });
  await ok(helen, "POST", `${base}/declaration`, {
    bidders: [{ organisationId: bridge, conflict: false }],
  });
  await ok(helen, "POST", `${base}/bids/${bridge}/scores`, sheet(3));
  await ok(helen, "PUT", `${base}/bids/${bridge}/moderation`, moderation(3, 3, 3));
};
