import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, afterEach, describe, expect, inject, it } from "vitest";
import { api, setClock } from "../support/api.ts";
import { completeBidContent, portalNow } from "../support/opportunities.ts";
import {
  dayMs,
  draftBid,
  opportunity,
  partitionItems,
  principals,
  refreshTokens,
  table,
  token,
} from "./support/fixtures.ts";
import { pooled } from "./support/pooled.ts";
import { auditKeys } from "#functions/platform/data/audit.ts";
import { bidKind } from "#functions/bids/items.ts";

let operations = 0;
afterEach(async () => {
  await setClock({ offsetMs: 0 });
  refreshTokens();
});
afterAll(() => console.log(`Concurrency: ${operations} concurrent operations`));

const storedBid = async (opportunityId: string, organisationId: string) =>
  (
    await table().send(
      new GetCommand({
        TableName: inject("tableName"),
        Key: bidKind.key({ opportunityId, organisationId }),
      }),
    )
  ).Item;

const bidTrail = (opportunityId: string, organisationId: string) =>
  partitionItems(auditKeys.trail("bid", `${opportunityId}:${organisationId}`));

const providers = [
  { userId: principals.provider, organisationId: "org-bridge-housing" },
  { userId: principals.otherProvider, organisationId: "org-northern-pathways" },
];

describe("100 submissions racing a deadline", () => {
  it("stores every accepted one whole, refuses every late one with 422 and leaves it untouched", async () => {
    // 50 opportunities whose deadlines straddle T one millisecond apart, two providers bidding on each.
    const t = Math.floor(((await portalNow()).getTime() + 2 * dayMs) / 1000) * 1000;
    const opportunities = await pooled(
      Array.from({ length: 50 }, (_, j) => async () => {
        const deadline = t + (j - 25);
        const o = await opportunity({
          overrides: {
            clarificationDeadline: new Date(t - dayMs).toISOString(),
            submissionDeadline: new Date(deadline).toISOString(),
          },
        });
        return { id: o.id, deadline };
      }),
    );
    const bids = opportunities.flatMap((o) => providers.map((p) => ({ ...p, opportunity: o })));
    const versions = await pooled(bids.map((b) => () => draftBid(b.userId, b.opportunity.id)));

    // Sign in a minute before T, then freeze the clock at T itself while all 100 are in flight.
    await setClock({ now: new Date(t - 60_000).toISOString() });
    refreshTokens();
    const tokens = await Promise.all(providers.map((p) => token(p.userId)));
    await setClock({ now: new Date(t).toISOString(), frozen: true });
    const answers = await Promise.all(
      bids.map((b, i) =>
        api("POST", `/api/opportunities/${b.opportunity.id}/bid/submit`, {
          token: tokens[providers.findIndex((p) => p.userId === b.userId)],
          body: { version: versions[i] },
        }),
      ),
    );
    operations += answers.length;

    const onTime = bids.filter((b) => b.opportunity.deadline >= t).length;
    expect(answers.filter((a) => a.status === 200)).toHaveLength(onTime);
    expect(answers.filter((a) => a.status === 422)).toHaveLength(bids.length - onTime);
    expect(onTime).toBe(50);
    await Promise.all(
      bids.map(async (b, i) => {
        const accepted = b.opportunity.deadline >= t;
        const label = `${b.organisationId} on an opportunity closing ${b.opportunity.deadline - t} ms from T`;
        expect(answers[i]!.status, label).toBe(accepted ? 200 : 422);
        const stored = await storedBid(b.opportunity.id, b.organisationId);
        const submittedEvents = (await bidTrail(b.opportunity.id, b.organisationId)).filter(
          (e) => e.action === "bid-submitted",
        );
        if (accepted) {
          expect(stored, label).toMatchObject({ status: "submitted", version: versions[i]! + 1 });
          expect(stored?.submittedAt, label).toBe(new Date(t).toISOString());
          expect(submittedEvents, label).toHaveLength(1);
        } else {
          expect(stored, label).toMatchObject({ status: "draft", version: versions[i] });
          expect(stored?.submittedAt, label).toBeUndefined();
          expect(submittedEvents, label).toHaveLength(0);
        }
      }),
    );
  });
});

describe("50 concurrent edits of one draft", () => {
  it("lets exactly one win with 200, answers the rest 409, and keeps the winner's content", async () => {
    const o = await opportunity();
    const version = await draftBid(principals.provider, o.id);
    const auth = await token(principals.provider);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        api("PUT", `/api/opportunities/${o.id}/bid`, {
          token: auth,
          body: { content: { ...completeBidContent(), socialValueAnswer: `Edit number ${i}` }, version },
        }),
      ),
    );
    operations += answers.length;
    const winners = answers.flatMap((a, i) => (a.status === 200 ? [i] : []));
    expect(winners).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(49);
    const stored = await storedBid(o.id, "org-bridge-housing");
    expect(stored).toMatchObject({
      version: version + 1,
      content: { socialValueAnswer: `Edit number ${winners[0]}` },
    });
    const trail = await bidTrail(o.id, "org-bridge-housing");
    expect(trail.map((e) => e.action)).toEqual(["bid-started", "bid-saved"]);
  });
});
