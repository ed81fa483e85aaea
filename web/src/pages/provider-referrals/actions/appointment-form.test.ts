import { describe, expect, it } from "vitest";
import {
  appointmentDefaults,
  appointmentRequest,
  assessmentDefaults,
  assessmentLinks,
  assessmentRequest,
} from "./appointment-form.ts";

const typed = {
  at: { day: "1", month: "12", year: "2027", hour: "10", minute: "00" },
  duration: "45",
  format: "one-to-one",
  method: "phone",
  officeId: "islington-holloway-road",
  otherAddress: { line1: "12 Caledonian Road", line2: "", town: "London", postcode: "N1 9DX" },
};

describe("an appointment form as its request", () => {
  it("sends the office or the address only when the appointment is held there", () => {
    expect(appointmentRequest(typed)).toEqual({
      at: "2027-12-01T10:00:00.000Z",
      durationMinutes: 45,
      format: "one-to-one",
      method: "phone",
    });
    expect(appointmentRequest({ ...typed, method: "in-person" }).otherAddress?.line1).toBe(
      "12 Caledonian Road",
    );
    expect(appointmentRequest({ ...typed, method: "in-person" })).not.toHaveProperty("officeId");
    expect(appointmentRequest({ ...typed, method: "probation-office" }).officeId).toBe(
      "islington-holloway-road",
    );
    expect(appointmentRequest({ ...typed, method: "probation-office" })).not.toHaveProperty("otherAddress");
  });

  it("starts a new appointment at an hour, and a rescheduled one like the previous but with no time", () => {
    expect(appointmentDefaults()).toEqual({
      at: {},
      duration: "60",
      format: undefined,
      method: undefined,
      officeId: undefined,
      otherAddress: { line1: "", line2: "", town: "", postcode: "" },
    });
    const previous = {
      at: "2027-12-01T10:00:00.000Z",
      durationMinutes: 90,
      format: "group" as const,
      method: "in-person" as const,
      otherAddress: { line1: "Hall", town: "London", postcode: "N1 9DX" },
    };
    expect(assessmentDefaults(previous)).toMatchObject({
      at: {},
      duration: "90",
      format: "group",
      method: "in-person",
      otherAddress: { line1: "Hall", line2: "", town: "London", postcode: "N1 9DX" },
    });
  });

  it("asks who asked for a reschedule and why only when rescheduling", () => {
    const values = { ...typed, rescheduleRequestedBy: "provider", rescheduleReason: "Clash" };
    expect(assessmentRequest(values, false)).not.toHaveProperty("rescheduleReason");
    expect(assessmentRequest(values, true)).toMatchObject({
      rescheduleRequestedBy: "provider",
      rescheduleReason: "Clash",
    });
    expect(Object.keys(assessmentLinks(false))).not.toContain("rescheduleRequestedBy");
    expect(Object.keys(assessmentLinks(true)).slice(-2)).toEqual([
      "rescheduleRequestedBy",
      "rescheduleReason",
    ]);
  });
});
