import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { proposeRating } from "#shared/contracts/rating.ts";
import { api, setClock, tokenFor } from "../support/api.ts";
import { runJob } from "../support/jobs.ts";
import { liveContract } from "../support/referrals.ts";

let aggregateChange: typeof import("#functions/performance/aggregate-changes.ts").aggregateChange;

const helen = "user-commissioner-london";
const priya = "user-provider-bridge";
const as = async (user: string, method: string, path: string, body?: unknown) =>
  api(method, path, { token: await tokenFor(user), ...(body === undefined ? {} : { body }) });

type Contract = Awaited<ReturnType<typeof liveContract>>;
let contract: Contract;
const base = () => `/api/contracts/${contract.id}`;
const person = { userId: "user-x", name: "Someone" };

/** Referrals that ended in the third quarter of 2026: `completed` completed and `withdrawn` withdrawn. */
const endedInQ3 = async (completed: number, withdrawn: number) => {
  for (let n = 0; n < completed + withdrawn; n += 1) {
    const done = n < completed;
    const image = {
      id: `${contract.id}-r${n}`,
      type: "referral",
      version: 2,
      status: done ? "completed" : "withdrawn",
      contractId: contract.id,
      organisationId: contract.organisationId,
      needAreaId: "accommodation",
      pdu: "croydon",
      sentAt: "2026-07-06T10:00:00.000Z",
      sessions: [],
      ...(done
        ? { completedAt: "2026-08-20T10:00:00.000Z" }
        : { withdrawal: { reasonId: "not-engaged", at: "2026-09-01T10:00:00.000Z", by: person } }),
    };
    // The dashboards' own consumer counts them, in this process, as Lambda would on the stream.
    await aggregateChange({
      eventName: "INSERT",
      keys: { pk: `REFERRAL#${image.id}`, sk: "DETAILS" },
      newImage: image,
      sequenceNumber: String(n),
    });
  }
};

beforeAll(async () => {
  Object.assign(process.env, {
    TABLE_NAME: inject("tableName"),
    DYNAMODB_ENDPOINT: inject("dynamoEndpoint"),
    AWS_REGION: "eu-west-2",
  });
  ({ aggregateChange } = await import("#functions/performance/aggregate-changes.ts"));
  await setClock({ now: "2026-10-15T10:00:00.000Z" });
  contract = await liveContract({ startDate: "2026-01-01", endDate: "2027-12-31" });
  // Three of five completed: 60% against the seed 003 target of 73%, 13 points short.
  await endedInQ3(3, 2);
}, 120_000);

describe("performance reviews", () => {
  it("proposes last quarter's rating from the figures by the rule, and records last month's measures", async () => {
    await runJob("contractReviews");
    const record = await as(helen, "GET", `${base()}/ratings`);
    expect(record.status).toBe(200);
    const rating = record.body.ratings.find((r: { period: string }) => r.period === "2026-Q3");
    expect(rating).toMatchObject({
      status: "proposed",
      rating: "requires-improvement",
      proposedRating: "requires-improvement",
      measures: [
        expect.objectContaining({
          id: "orders-successfully-completed",
          numerator: 3,
          denominator: 5,
          target: 73,
        }),
        expect.objectContaining({
          id: "settled-accommodation-at-end",
          numerator: 0,
          denominator: 0,
          target: 78,
        }),
      ],
    });
    expect(record.body.rule).toContain("Requires improvement");
    expect(record.body.months.map((m: { month: string }) => m.month)).toContain("2026-09");
    // The provider sees a rating only once the commissioner has confirmed it.
    expect((await as(priya, "GET", `${base()}/ratings`)).body.ratings).toEqual([]);
  });

  it("proposes again on demand against the contract's own target, matching the dashboard's figures", async () => {
    const target = await as(helen, "PUT", "/api/performance/targets", {
      scope: { contractId: contract.id },
      measureId: "orders-successfully-completed",
      percent: 62,
      version: 0,
    });
    expect(target.status, JSON.stringify(target.body)).toBe(200);
    const proposed = await as(helen, "POST", `${base()}/ratings`, { period: "2026-Q3" });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    expect(proposed.body).toMatchObject({ rating: "approaching-target", version: 2 });
    const dashboard = await as(
      helen,
      "GET",
      `/api/performance/dashboard?contractId=${contract.id}&from=2026-07&to=2026-09`,
    );
    const completion = dashboard.body.measures.find(
      (m: { id: string }) => m.id === "orders-successfully-completed",
    );
    expect(proposed.body.measures[0]).toMatchObject({
      numerator: completion.numerator,
      denominator: completion.denominator,
      target: 62,
    });
    expect(proposed.body.rating).toBe(proposeRating(proposed.body.measures));
    // Nothing has ended this quarter yet, and the next quarter has not started.
    expect((await as(helen, "POST", `${base()}/ratings`, { period: "2026-Q4" })).status).toBe(422);
    expect((await as(helen, "POST", `${base()}/ratings`, { period: "2027-Q1" })).status).toBe(422);
  });

  it("refuses bad input field by field, the wrong role and other organisations and regions", async () => {
    const bad = await as(helen, "POST", `${base()}/ratings`, { period: "2026-Q5" });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(["period"]);
    const decision = await as(helen, "POST", `${base()}/ratings/2026-Q3/decision`, {
      rating: "excellent",
      reason: "",
      version: "x",
    });
    expect(decision.status).toBe(400);
    expect(decision.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "rating",
      "reason",
      "version",
    ]);
    expect((await as(priya, "POST", `${base()}/ratings`, { period: "2026-Q3" })).status).toBe(403);
    for (const user of ["user-provider-pathways", "user-commissioner-wales"]) {
      expect((await as(user, "GET", `${base()}/ratings`)).status).toBe(404);
      expect((await as(user, "GET", `${base()}/improvement-plans/2026-Q3`)).status).toBe(404);
    }
    expect((await as(priya, "GET", `${base()}/improvement-plans/2026-Q3`)).status).toBe(404);
  });

  it("confirms a changed rating once (a second decision at once is 409), opens the plan, and the provider responds", async () => {
    const decide = () =>
      as(helen, "POST", `${base()}/ratings/2026-Q3/decision`, {
        rating: "requires-improvement",
        reason: "Two withdrawals for disengagement in one quarter need a plan.",
        version: 2,
      });
    const results = await Promise.all([decide(), decide()]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const confirmed = results.find((r) => r.status === 200)!.body;
    expect(confirmed).toMatchObject({
      status: "confirmed",
      rating: "requires-improvement",
      proposedRating: "approaching-target",
      planOpened: true,
    });
    expect(confirmed.confirmedAt).toBeDefined();

    const seen = await as(priya, "GET", `${base()}/ratings`);
    expect(seen.body.ratings).toHaveLength(1);
    expect(seen.body.plans[0]).toMatchObject({ period: "2026-Q3", status: "awaiting-actions" });
    expect(
      (await as(helen, "POST", `${base()}/ratings/2026-Q3/response`, { text: "x", version: 3 })).status,
    ).toBe(403);
    const response = await as(priya, "POST", `${base()}/ratings/2026-Q3/response`, {
      text: "We are re-engaging people by text.",
      version: 3,
    });
    expect(response.status).toBe(200);
    expect(response.body.response.text).toBe("We are re-engaging people by text.");
    const notifications = await as(priya, "GET", "/api/notifications");
    expect(notifications.body.items.map((n: { title: string }) => n.title)).toContain(
      `Contract ${contract.reference} rated "Requires improvement" for 2026-Q3`,
    );
  });

  it("runs the improvement plan: submitted, sent back, agreed, progress recorded (races 409), closed", async () => {
    const plan = `${base()}/improvement-plans/2026-Q3/steps`;
    const actions = [
      { what: "Text reminders before every session", owner: "Priya Shah", dueDate: "2026-11-30" },
      { what: "Second caseworker for Croydon", owner: "Service manager", dueDate: "2026-12-31" },
    ];
    expect((await as(helen, "POST", plan, { step: "submit", actions, version: 1 })).status).toBe(403);
    const empty = await as(priya, "POST", plan, { step: "submit", actions: [], version: 1 });
    expect(empty.status).toBe(400);
    expect((await as(priya, "POST", plan, { step: "submit", actions, version: 1 })).body.status).toBe(
      "submitted",
    );
    expect((await as(priya, "POST", plan, { step: "agree", version: 2 })).status).toBe(403);
    const back = await as(helen, "POST", plan, {
      step: "send-back",
      comments: "Add a date for the caseworker's start.",
      version: 2,
    });
    expect(back.body.status).toBe("sent-back");
    await as(priya, "POST", plan, { step: "submit", actions, version: 3 });
    const agreed = await as(helen, "POST", plan, { step: "agree", comments: "Agreed.", version: 4 });
    expect(agreed.body).toMatchObject({ status: "agreed", version: 5 });

    const progress = () =>
      as(priya, "POST", plan, {
        step: "progress",
        action: 1,
        state: "done",
        note: "Reminders go out.",
        version: 5,
      });
    const raced = await Promise.all([progress(), progress()]);
    expect(raced.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(
      (await as(priya, "POST", plan, { step: "progress", action: 9, state: "done", note: "x", version: 6 }))
        .status,
    ).toBe(422);
    const closed = await as(helen, "POST", plan, {
      step: "close",
      outcome: "improved",
      summary: "Completion back above target.",
      version: 6,
    });
    expect(closed.body).toMatchObject({ status: "closed", closure: { outcome: "improved" } });
    expect(closed.body.actions[0]).toMatchObject({
      state: "done",
      progress: [expect.objectContaining({ note: "Reminders go out." })],
    });
    expect(
      (await as(helen, "POST", plan, { step: "close", outcome: "improved", summary: "Again", version: 7 }))
        .status,
    ).toBe(422);

    const history = await as(priya, "GET", `${base()}/history`);
    const actionsSeen = history.body.items.map((e: { action: string }) => e.action);
    expect(actionsSeen).toEqual(
      expect.arrayContaining([
        "contract-rating-proposed",
        "contract-rating-confirmed",
        "improvement-plan-opened",
        "improvement-plan-submit",
        "improvement-plan-send-back",
        "improvement-plan-agree",
        "improvement-plan-progress",
        "improvement-plan-close",
      ]),
    );
  });
});
