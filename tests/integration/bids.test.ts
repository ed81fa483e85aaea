import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { afterEach, describe, expect, inject, it } from "vitest";
import { allItems, api, setClock, tokenFor } from "../support/api.ts";
import { completeBidContent, portalNow, publishedOpportunity } from "../support/opportunities.ts";
import { table } from "../support/table.ts";
import { auditKeys } from "#functions/platform/data/audit.ts";
import { bidKind } from "#functions/bids/items.ts";

const saveDraft = async (
  token: string,
  opportunityId: string,
  version: number,
  content: object = completeBidContent(),
) => api("PUT", `/api/opportunities/${opportunityId}/bid`, { token, body: { content, version } });

describe("bids", () => {
  afterEach(() => setClock({ offsetMs: 0 }));

  it("refuses a submission one millisecond after the deadline with 422 and leaves the bid unchanged", async () => {
    const opportunity = await publishedOpportunity();
    const token = await tokenFor("user-provider-bridge");
    const draft = await saveDraft(token, opportunity.id, 0);
    expect(draft.status).toBe(200);

    const oneMsLate = new Date(Date.parse(opportunity.submissionDeadline) + 1).toISOString();
    // Sign in again just before the deadline (a token lasts an hour), then freeze the clock 1 ms after it.
    await setClock({ now: new Date(Date.parse(opportunity.submissionDeadline) - 60_000).toISOString() });
    const fresh = await tokenFor("user-provider-bridge");
    await setClock({ now: oneMsLate, frozen: true });
    expect((await portalNow()).toISOString()).toBe(oneMsLate);
    const late = await api("POST", `/api/opportunities/${opportunity.id}/bid/submit`, {
      token: fresh,
      body: { version: draft.body.version },
    });
    expect(late.status).toBe(422);
    expect(late.body.detail).toMatch(
      /^The deadline for bids was .* \(UK time\)\. Bids can no longer be changed/,
    );

    const stored = await table().send(
      new GetCommand({
        TableName: inject("tableName"),
        Key: bidKind.key({ opportunityId: opportunity.id, organisationId: "org-bridge-housing" }),
      }),
    );
    expect(stored.Item).toMatchObject({ status: "draft", version: draft.body.version });
  });

  it("accepts a submission at the deadline itself", async () => {
    const opportunity = await publishedOpportunity();
    const token = await tokenFor("user-provider-bridge");
    const draft = await saveDraft(token, opportunity.id, 0);
    await setClock({ now: new Date(Date.parse(opportunity.submissionDeadline) - 60_000).toISOString() });
    const fresh = await tokenFor("user-provider-bridge");
    await setClock({ now: opportunity.submissionDeadline, frozen: true });
    const res = await api("POST", `/api/opportunities/${opportunity.id}/bid/submit`, {
      token: fresh,
      body: { version: draft.body.version },
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("submitted");
  });

  it("keeps bids sealed: before the deadline a commissioner gets the count only, and 404 for content", async () => {
    const opportunity = await publishedOpportunity();
    const provider = await tokenFor("user-provider-bridge");
    const draft = await saveDraft(provider, opportunity.id, 0);
    await api("POST", `/api/opportunities/${opportunity.id}/bid/submit`, {
      token: provider,
      body: { version: draft.body.version },
    });

    const commissioner = await tokenFor("user-commissioner-london");
    const before = await api("GET", `/api/opportunities/${opportunity.id}/bids`, { token: commissioner });
    expect(before.body).toEqual({ sealed: true, submittedCount: 1, items: [] });
    const content = await api("GET", `/api/opportunities/${opportunity.id}/bids/org-bridge-housing`, {
      token: commissioner,
    });
    expect(content.status).toBe(404);

    await setClock({ now: new Date(Date.parse(opportunity.submissionDeadline) + 1000).toISOString() });
    const after = await api("GET", `/api/opportunities/${opportunity.id}/bids`, {
      token: await tokenFor("user-commissioner-london"),
    });
    // Unsealed: who bid and when — the content only for a panel member who has declared (ADR "one life cycle per competition").
    expect(after.body).toMatchObject({ sealed: false, submittedCount: 1 });
    expect(after.body.items).toEqual([
      expect.objectContaining({
        organisationName: "Bridge Housing Trust",
        status: "submitted",
        canRead: false,
      }),
    ]);
    expect(after.body.items[0].submittedAt).toBeDefined();
    expect(JSON.stringify(after.body)).not.toContain("landlords");
    const undeclared = await api("GET", `/api/opportunities/${opportunity.id}/bids/org-bridge-housing`, {
      token: await tokenFor("user-commissioner-london"),
    });
    expect(undeclared.status).toBe(404);
    const wales = await tokenFor("user-commissioner-wales");
    expect(wales).toBeTruthy();
    expect((await api("GET", `/api/opportunities/${opportunity.id}/bids`, { token: wales })).status).toBe(
      404,
    );
  });

  it("never lets a provider read another provider's bid (404)", async () => {
    const opportunity = await publishedOpportunity();
    await saveDraft(await tokenFor("user-provider-bridge"), opportunity.id, 0);
    const other = await tokenFor("user-provider-pathways");
    const res = await api("GET", `/api/opportunities/${opportunity.id}/bids/org-bridge-housing`, {
      token: other,
    });
    expect(res.status).toBe(404);
    const own = await api("GET", `/api/opportunities/${opportunity.id}/bids/org-bridge-housing`, {
      token: await tokenFor("user-provider-bridge"),
    });
    expect(own.status).toBe(200);
  });

  it("refuses a bid from a provider that is not admitted (403)", async () => {
    const opportunity = await publishedOpportunity();
    const res = await saveDraft(await tokenFor("user-provider-fresh-start"), opportunity.id, 0);
    expect(res.status).toBe(403);
  });

  it("names the question when an answer is over its word limit (400)", async () => {
    const opportunity = await publishedOpportunity();
    const content = { ...completeBidContent(), qualityAnswers: { q1: "word ".repeat(51) } };
    const res = await saveDraft(await tokenFor("user-provider-bridge"), opportunity.id, 0, content);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        path: "content.qualityAnswers.q1",
        message: "Your answer to question 1 is 51 words; the limit is 50",
      },
    ]);
  });

  it("lists every missing part when an incomplete bid is submitted", async () => {
    const opportunity = await publishedOpportunity();
    const token = await tokenFor("user-provider-bridge");
    const draft = await saveDraft(token, opportunity.id, 0, {
      offers: {},
      qualityAnswers: {},
      socialValueAnswer: "",
      attachments: [],
    });
    const res = await api("POST", `/api/opportunities/${opportunity.id}/bid/submit`, {
      token,
      body: { version: draft.body.version },
    });
    expect(res.status).toBe(400);
    const paths = res.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "content.offers.low.title",
        "content.offers.medium.pricePerReferralPence",
        "content.qualityAnswers.q1",
        "content.qualityAnswers.q2",
        "content.socialValueAnswer",
      ]),
    );
  });

  it("lets exactly one of two concurrent edits of the same draft win; the other gets 409", async () => {
    const opportunity = await publishedOpportunity();
    const token = await tokenFor("user-provider-bridge");
    const draft = await saveDraft(token, opportunity.id, 0);
    const [a, b] = await Promise.all([
      saveDraft(token, opportunity.id, draft.body.version, {
        ...completeBidContent(),
        socialValueAnswer: "Edit A",
      }),
      saveDraft(token, opportunity.id, draft.body.version, {
        ...completeBidContent(),
        socialValueAnswer: "Edit B",
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? "Edit A" : "Edit B";
    const stored = await api("GET", `/api/opportunities/${opportunity.id}/bid`, { token });
    expect(stored.body.content.socialValueAnswer).toBe(winner);
  });

  it("records one submission when the same submit is retried with one Idempotency-Key", async () => {
    const opportunity = await publishedOpportunity();
    const token = await tokenFor("user-provider-bridge");
    const draft = await saveDraft(token, opportunity.id, 0);
    const send = () =>
      api("POST", `/api/opportunities/${opportunity.id}/bid/submit`, {
        token,
        body: { version: draft.body.version },
        headers: { "idempotency-key": `submit-${opportunity.id}` },
      });
    const first = await send();
    const retry = await send();
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    const events = await table().send(
      new QueryCommand({
        TableName: inject("tableName"),
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": auditKeys.trail("bid", `${opportunity.id}:org-bridge-housing`) },
      }),
    );
    expect((events.Items ?? []).filter((e) => e.action === "bid-submitted")).toHaveLength(1);
  });

  it("lets a provider withdraw and resubmit before the deadline", async () => {
    const opportunity = await publishedOpportunity();
    const token = await tokenFor("user-provider-bridge");
    const draft = await saveDraft(token, opportunity.id, 0);
    const path = `/api/opportunities/${opportunity.id}/bid`;
    const submitted = await api("POST", `${path}/submit`, { token, body: { version: draft.body.version } });
    const withdrawn = await api("POST", `${path}/withdraw`, {
      token,
      body: { version: submitted.body.version },
    });
    expect(withdrawn.body.status).toBe("withdrawn");
    const again = await api("POST", `${path}/submit`, { token, body: { version: withdrawn.body.version } });
    expect(again.body.status).toBe("submitted");
  });
});

describe("the demo data", () => {
  it("has an open London opportunity whose one submitted bid is sealed", async () => {
    const commissioner = await tokenFor("user-commissioner-london");
    const list = await allItems("/api/opportunities?region=london&status=open&limit=100", commissioner);
    const seeded = list.find((o: { title: string }) =>
      o.title.startsWith("Accommodation support for people"),
    );
    expect(seeded).toBeDefined();
    const bids = await api("GET", `/api/opportunities/${seeded.id}/bids`, { token: commissioner });
    expect(bids.body).toEqual({ sealed: true, submittedCount: 1, items: [] });
    const provider = await tokenFor("user-provider-pathways");
    const providerList = await allItems("/api/opportunities?region=london&status=open&limit=100", provider);
    // Northern Pathways is not admitted for accommodation, so it does not see it.
    expect(providerList.some((o: { id: string }) => o.id === seeded.id)).toBe(false);
  });
});
