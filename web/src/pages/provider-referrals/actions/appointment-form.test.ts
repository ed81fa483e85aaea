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
  address: "12 Caledonian Road",
};

describe("an appointment form as its request", () => {
  it("sends the address only when the appointment is in person", () => {
    expect(appointmentRequest(typed)).toEqual({
      at: "2027-12-01T10:00:00.000Z",
      durationMinutes: 45,
      format: "one-to-one",
      method: "phone",
    });
    expect(appointmentRequest({ ...typed, method: "in-person" }).address).toBe("12 Caledonian Road");
  });

  it("starts a new appointment at an hour, and a rescheduled one like the previous but with no time", () => {
    expect(appointmentDefaults()).toEqual({
      at: {},
      duration: "60",
      format: undefined,
      method: undefined,
      address: "",
    });
    const previous = {
      at: "2027-12-01T10:00:00.000Z",
      durationMinutes: 90,
      format: "group" as const,
      method: "in-person" as const,
      address: "Hall",
    };
    expect(assessmentDefaults(previous)).toMatchObject({
      at: {},
      duration: "90",
      format: "group",
      method: "in-person",
      address: "Hall",
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
