import { afterEach, describe, expect, it } from "vitest";
import { allItems, api, setClock, tokenFor } from "../support/api.ts";
import { opportunityFields, publishedOpportunity } from "../support/opportunities.ts";

describe("opportunities", () => {
  afterEach(() => setClock({ offsetMs: 0 }));

  it("keeps a draft whose weights do not total 100, and refuses to publish it, naming the weight fields", async () => {
    const token = await tokenFor("user-commissioner-london");
    const res = await api("POST", "/api/opportunities", {
      token,
      body: await opportunityFields({ priceWeight: 20 }),
    });
    expect(res.status).toBe(201);
    const publish = await api("POST", `/api/opportunities/${res.body.id}/publish`, {
      token,
      body: { version: res.body.version },
    });
    expect(publish.status).toBe(400);
    expect(publish.body.errors).toEqual(
      expect.arrayContaining([
        { path: "priceWeight", message: "The weights must add up to 100; they add up to 90" },
        { path: "socialValueWeight", message: "The weights must add up to 100; they add up to 90" },
        { path: "qualityQuestions", message: "The weights must add up to 100; they add up to 90" },
      ]),
    );
  });

  it("saves a draft whose deadlines are out of order, and publishes it only once every rule holds", async () => {
    const token = await tokenFor("user-commissioner-london");
    const fields = await opportunityFields();
    const draft = await api("POST", "/api/opportunities", {
      token,
      body: { title: "Deadlines in the wrong order", needAreaId: "accommodation", regionIds: ["london"] },
    });
    expect(draft.status).toBe(201);
    // The clarification deadline after the bid deadline, weights of 85: still a draft worth keeping.
    const saved = await api("PUT", `/api/opportunities/${draft.body.id}`, {
      token,
      body: {
        ...fields,
        title: "Deadlines in the wrong order",
        priceWeight: 15,
        clarificationDeadline: fields.submissionDeadline,
        submissionDeadline: fields.clarificationDeadline,
        version: draft.body.version,
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    // Each field's own rules still hold for a draft.
    const unreadable = await api("PUT", `/api/opportunities/${draft.body.id}`, {
      token,
      body: { contractStart: "2027-02-31", version: saved.body.version },
    });
    expect(unreadable.status).toBe(400);
    expect(unreadable.body.errors[0].path).toBe("contractStart");

    // Publishing re-checks the stored draft with every rule and names every field at once.
    const publish = await api("POST", `/api/opportunities/${draft.body.id}/publish`, {
      token,
      body: { version: saved.body.version },
    });
    expect(publish.status).toBe(400);
    expect(publish.body.errors).toEqual(
      expect.arrayContaining([
        { path: "priceWeight", message: "The weights must add up to 100; they add up to 85" },
        {
          path: "clarificationDeadline",
          message: "The clarification deadline must be before the submission deadline",
        },
      ]),
    );
    const fixed = await api("PUT", `/api/opportunities/${draft.body.id}`, {
      token,
      body: {
        priceWeight: 30,
        clarificationDeadline: fields.clarificationDeadline,
        submissionDeadline: fields.submissionDeadline,
        version: saved.body.version,
      },
    });
    expect(fixed.status).toBe(200);
    const published = await api("POST", `/api/opportunities/${draft.body.id}/publish`, {
      token,
      body: { version: fixed.body.version },
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body.status).toBe("open");
  });

  it("saves a partial draft and lists what is missing when it is published too early", async () => {
    const token = await tokenFor("user-commissioner-london");
    const draft = await api("POST", "/api/opportunities", {
      token,
      body: { title: "Finance support", needAreaId: "finance-benefits-debt", regionIds: ["london"] },
    });
    expect(draft.status).toBe(201);
    expect(draft.body.status).toBe("draft");
    const publish = await api("POST", `/api/opportunities/${draft.body.id}/publish`, {
      token,
      body: { version: draft.body.version },
    });
    expect(publish.status).toBe(400);
    const paths = publish.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(["description", "tiers", "qualityQuestions", "submissionDeadline"]),
    );
  });

  it("refuses to commission outside the commissioner's regions", async () => {
    const token = await tokenFor("user-commissioner-wales");
    const res = await api("POST", "/api/opportunities", { token, body: await opportunityFields() });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toEqual({
      path: "regionIds.0",
      message: "You can only commission in your own regions",
    });
  });

  it("shows a published opportunity to eligible providers only, sorted by deadline, and never its bid count", async () => {
    const later = await publishedOpportunity({ title: "Later deadline" });
    const sooner = await publishedOpportunity({
      title: "Sooner deadline",
      submissionDeadline: new Date(Date.parse(later.submissionDeadline) - 86_400_000).toISOString(),
    });
    const eligible = await tokenFor("user-provider-bridge");
    const list = await allItems(
      "/api/opportunities?region=london&status=open&needArea=accommodation&limit=100",
      eligible,
    );
    const ids = list.map((o: { id: string }) => o.id);
    expect(ids).toContain(later.id);
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
    const one = await api("GET", `/api/opportunities/${later.id}`, { token: eligible });
    expect(one.status).toBe(200);
    expect(one.body.submittedBidCount).toBeUndefined();

    const otherNeed = await tokenFor("user-provider-pathways");
    expect((await api("GET", `/api/opportunities/${later.id}`, { token: otherNeed })).status).toBe(404);
    const officer = await tokenFor("user-officer-camden");
    expect((await api("GET", `/api/opportunities/${later.id}`, { token: officer })).status).toBe(403);
  });

  it("extends a deadline but never brings it forward", async () => {
    const o = await publishedOpportunity();
    const token = await tokenFor("user-commissioner-london");
    const earlier = new Date(Date.parse(o.submissionDeadline) - 3_600_000).toISOString();
    const shorten = await api("POST", `/api/opportunities/${o.id}/deadlines`, {
      token,
      body: { submissionDeadline: earlier, version: o.version },
    });
    expect(shorten.status).toBe(400);
    expect(shorten.body.errors[0].path).toBe("submissionDeadline");
    const later = new Date(Date.parse(o.submissionDeadline) + 86_400_000).toISOString();
    const extend = await api("POST", `/api/opportunities/${o.id}/deadlines`, {
      token,
      body: { submissionDeadline: later, version: o.version },
    });
    expect(extend.status).toBe(200);
    expect(extend.body.submissionDeadline).toBe(later);
  });

  it("cancels with a reason and records every change in the audit trail", async () => {
    const o = await publishedOpportunity();
    const token = await tokenFor("user-commissioner-london");
    const cancelled = await api("POST", `/api/opportunities/${o.id}/cancel`, {
      token,
      body: { reason: "Funding withdrawn", version: o.version },
    });
    expect(cancelled.body).toMatchObject({ status: "cancelled", cancelReason: "Funding withdrawn" });
    const trail = await api("GET", `/api/opportunities/${o.id}/audit`, { token });
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual([
      "opportunity-created",
      "opportunity-published",
      "opportunity-cancelled",
    ]);
    expect(trail.body.items[2]).toMatchObject({
      fromState: "published",
      toState: "cancelled",
      actor: { role: "commissioner" },
    });
  });
});

describe("clarification questions", () => {
  afterEach(() => setClock({ offsetMs: 0 }));

  it("publishes the commissioner's edited question and the answer to every eligible provider, never the asker's words", async () => {
    // Finance in London: both Bridge Housing Trust and Northern Pathways are admitted for it.
    const o = await publishedOpportunity({
      needAreaId: "finance-benefits-debt",
      title: "Debt advice in London",
    });
    const asker = await tokenFor("user-provider-bridge");
    const asked = await api("POST", `/api/opportunities/${o.id}/questions`, {
      token: asker,
      body: { question: "We at BRIDGE HOUSING TRUST ask: can we subcontract the high tier?" },
    });
    expect(asked.status).toBe(201);
    // Money Matters London is admitted to the framework but has neither bid nor asked here.
    const naming = await api("POST", `/api/opportunities/${o.id}/questions`, {
      token: await tokenFor("user-provider-pathways"),
      body: { question: "May we partner with money matters london on the medium tier?" },
    });
    expect(naming.status).toBe(201);

    const commissioner = await tokenFor("user-commissioner-london");
    const inbox = await api("GET", `/api/opportunities/${o.id}/questions`, { token: commissioner });
    expect(inbox.body.items).toEqual([
      expect.objectContaining({
        status: "awaiting-answer",
        askedByOrganisationName: "Bridge Housing Trust",
        namesOrganisations: ["Bridge Housing Trust"],
      }),
      expect.objectContaining({
        askedByOrganisationName: "Northern Pathways CIC",
        namesOrganisations: ["Money Matters London"],
      }),
    ]);
    const path = `/api/opportunities/${o.id}/questions/${asked.body.id}/answer`;
    const unedited = await api("POST", path, {
      token: commissioner,
      body: { answer: "Yes, with our agreement.", version: asked.body.version },
    });
    expect(unedited.status).toBe(400);
    expect(unedited.body.errors).toEqual([
      { path: "question", message: "Enter the question as it will be published" },
    ]);
    const answered = await api("POST", path, {
      token: commissioner,
      body: {
        question: "Can a provider subcontract the high tier?",
        answer: "Yes, with our agreement.",
        version: asked.body.version,
      },
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({
      question: "We at BRIDGE HOUSING TRUST ask: can we subcontract the high tier?",
      publishedQuestion: "Can a provider subcontract the high tier?",
    });

    const asSeenByAnother = await api("GET", `/api/opportunities/${o.id}/questions`, {
      token: await tokenFor("user-provider-pathways"),
    });
    expect(asSeenByAnother.body.items).toEqual([
      expect.objectContaining({
        question: "Can a provider subcontract the high tier?",
        answer: "Yes, with our agreement.",
        askedByYou: false,
      }),
      // Its own question, not yet answered, as it asked it.
      expect.objectContaining({ status: "awaiting-answer", askedByYou: true }),
    ]);
    expect(JSON.stringify(asSeenByAnother.body)).not.toMatch(/Bridge|BRIDGE|org-bridge|user-provider/);

    const asSeenByAsker = await api("GET", `/api/opportunities/${o.id}/questions`, { token: asker });
    expect(asSeenByAsker.body.items[0]).toMatchObject({
      question: "Can a provider subcontract the high tier?",
      answer: "Yes, with our agreement.",
      askedByYou: true,
    });
    expect(asSeenByAsker.body.items).toHaveLength(1);
    expect(JSON.stringify(asSeenByAsker.body)).not.toMatch(/Bridge Housing Trust|BRIDGE/);
  });

  it("refuses questions after the clarification deadline with 422", async () => {
    const o = await publishedOpportunity();
    await setClock({ now: new Date(Date.parse(o.clarificationDeadline) + 1).toISOString(), frozen: true });
    const res = await api("POST", `/api/opportunities/${o.id}/questions`, {
      token: await tokenFor("user-provider-bridge"),
      body: { question: "Too late?" },
    });
    expect(res.status).toBe(422);
    expect(res.body.detail).toContain("Questions can no longer be asked");
  });
});
