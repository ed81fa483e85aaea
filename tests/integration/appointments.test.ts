import { describe, expect, it } from "vitest";
import { api } from "../support/api.ts";
import { inHours, phoneAt, referralInDelivery } from "../support/delivery.ts";
import { soon } from "../support/soon.ts";

const at = (hours: number) => inHours(hours);

describe("appointments with a place and a way", () => {
  it("books the assessment at one of the PDU's probation offices, and refuses another PDU's", async () => {
    const d = await referralInDelivery();
    const base = { ...phoneAt(await at(24)), method: "probation-office" };
    const none = await d.tryProvider("assessment", base);
    expect(none.status).toBe(400);
    expect(none.body.errors).toEqual([{ path: "officeId", message: "Select the probation office" }]);
    const cardiff = await d.tryProvider("assessment", { ...base, officeId: "cardiff-westgate-street" });
    expect(cardiff.status).toBe(400);
    expect(cardiff.body.errors).toEqual([
      { path: "officeId", message: "Select one of the probation offices of Camden and Islington" },
    ]);
    const r = await d.provider("assessment", { ...base, officeId: "islington-holloway-road" });
    expect(r.assessment.appointment).toMatchObject({
      method: "probation-office",
      officeId: "islington-holloway-road",
    });
    // The officer sees it on the referral.
    const officerView = await api("GET", `/api/referrals/${r.id}`, { token: d.token });
    expect(officerView.body.assessment.appointment.officeId).toBe("islington-holloway-road");
  });

  it("checks another address field by field, with a real UK postcode, and keeps only the place the method uses", async () => {
    const d = await referralInDelivery();
    const base = { ...phoneAt(await at(24)), method: "in-person" };
    const missing = await d.tryProvider("assessment", base);
    expect(missing.body.errors).toEqual([
      { path: "otherAddress.line1", message: "Enter the first line of the address" },
    ]);
    const bad = await d.tryProvider("assessment", {
      ...base,
      otherAddress: { line1: "", town: "London", postcode: "NOT A CODE" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { path: "otherAddress.line1", message: "Enter the first line of the address" },
      { path: "otherAddress.postcode", message: "Enter a real postcode, like SW1A 1AA" },
    ]);
    const r = await d.provider("assessment", {
      ...base,
      officeId: "islington-holloway-road",
      otherAddress: { line1: "12 Caledonian Road", town: "London", postcode: "n1 9dx" },
    });
    expect(r.assessment.appointment.otherAddress).toEqual({
      line1: "12 Caledonian Road",
      town: "London",
      postcode: "N1 9DX",
    });
    expect(r.assessment.appointment).not.toHaveProperty("officeId");
  });

  it("reschedules a session saying who asked and why, keeping the earlier booking", async () => {
    const d = await referralInDelivery();
    await d.assessed();
    await d.approvedPlan(2);
    const first = await at(48);
    await d.provider("sessions", phoneAt(first));
    const noWho = await d.tryProvider("sessions/1/reschedule", { ...phoneAt(await at(72)), reason: "Clash" });
    expect(noWho.status).toBe(400);
    expect(noWho.body.errors).toEqual([
      { path: "requestedBy", message: "Select who asked to change the appointment" },
    ]);
    const r = await d.provider("sessions/1/reschedule", {
      ...phoneAt(await at(72)),
      method: "video",
      requestedBy: "person-on-probation",
      reason: "Job interview that morning.",
    });
    expect(r.sessions[0]).toMatchObject({ number: 1, method: "video" });
    expect(r.sessions[0].changes).toEqual([
      {
        previous: phoneAt(first),
        requestedBy: "person-on-probation",
        reason: "Job interview that morning.",
        changedAt: expect.any(String),
      },
    ]);
  });
});

describe("days used of the requirement", () => {
  it("counts each attended appointment and refuses recording attendance beyond the maximum", async () => {
    const d = await referralInDelivery();
    await d.officer("amendments", { group: "enforceable-days", enforceableDays: 2, reason: "Order varied" });
    expect(d.latest()).toMatchObject({ daysUsed: 0, maxEnforceableDays: 2 });
    expect((await d.assessed()).daysUsed).toBe(1);
    await d.approvedPlan(3);
    expect((await d.attendedSession()).daysUsed).toBe(2);

    // A missed session is no day used; an attended one beyond the maximum is refused.
    const start = await soon(2);
    await d.provider("sessions", phoneAt(start.at));
    await start.started();
    const beyond = await d.tryProvider("sessions/2/feedback", {
      attendance: "attended",
      whatHappened: "Went through the plan.",
      notifyOfficer: false,
    });
    expect(beyond.status).toBe(422);
    expect(beyond.body.detail).toContain("All 2 maximum enforceable days are used");
    const missed = await d.provider("sessions/2/feedback", {
      attendance: "did-not-attend",
      absenceReason: "acceptable",
      notifyOfficer: false,
    });
    expect(missed.daysUsed).toBe(2);
    const officerView = await api("GET", `/api/referrals/${missed.id}`, { token: d.token });
    expect(officerView.body).toMatchObject({ daysUsed: 2, maxEnforceableDays: 2 });
  });
});
