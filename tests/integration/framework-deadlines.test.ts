import { afterAll, describe, expect, it } from "vitest";
import { setClock } from "../support/api.ts";
import { as, lead } from "../support/evaluation.ts";
import { notificationsLinkingTo } from "../support/notifications.ts";

// New Leaf Recovery is seeded for this file: it has not applied, and no other test applies for it.
const applicant = "user-provider-new-leaf";

type Listed = { id: string; organisationId: string; decisionDueAt: string; overdue?: boolean };
const waiting = async (order = "due-soonest"): Promise<Listed[]> => {
  const res = await as(lead, "GET", `/api/framework/applications?status=submitted&order=${order}&limit=100`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items;
};
const ours = async () => (await waiting()).find((a) => a.organisationId === "org-new-leaf");

afterAll(async () => {
  await setClock({ offsetMs: 0 });
});

describe("admission decisions due within ten working days", () => {
  it("counts working days from submission across Christmas bank holidays, and flags it overdue after", async () => {
    // Monday 21 December 2026: 25 and 28 December and 1 January are bank holidays.
    await setClock({ now: "2026-12-21T10:00:00.000Z" });
    const submitted = await as(applicant, "POST", "/api/framework/applications", {
      organisationName: "New Leaf Recovery",
      legalForm: "Charitable incorporated organisation",
      registrationNumber: "1201455",
      size: "micro",
      vcse: true,
      needAreaIds: ["lifestyle-associates"],
      regionIds: ["london"],
      safeguardingDeclaration: true,
      dataProtectionDeclaration: true,
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    // 22, 23, 24, 29, 30, 31 December, 4, 5, 6, 7 January: the end of Thursday 7 January (London).
    expect(submitted.body.decisionDueAt).toBe("2027-01-07T23:59:59.999Z");
    const told = await notificationsLinkingTo(applicant, "/");
    expect(told.map((n) => n.body)).toContainEqual(expect.stringContaining("by 11:59pm on 7 January 2027"));

    await setClock({ now: "2027-01-07T22:00:00.000Z" });
    expect(await ours()).toMatchObject({ decisionDueAt: "2027-01-07T23:59:59.999Z", overdue: false });
    await setClock({ now: "2027-01-08T09:00:00.000Z" });
    expect(await ours()).toMatchObject({ overdue: true });
  });

  it("lists waiting applications by due date, soonest or latest first", async () => {
    const soonest = (await waiting()).map((a) => a.decisionDueAt);
    expect(soonest.length).toBeGreaterThan(0);
    expect(soonest).toEqual([...soonest].sort());
    const latest = (await waiting("due-latest")).map((a) => a.decisionDueAt);
    expect(latest).toEqual([...soonest].reverse());
    const bad = await as(lead, "GET", "/api/framework/applications?order=oldest");
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ path: "query.order", message: "Select due soonest or due latest" }]);
  });
});
