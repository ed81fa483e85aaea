import { describe, expect, it } from "vitest";
import { firstContactInputSchema, sessionFeedbackInputSchema } from "#shared/referrals/delivery.ts";
import { formResolver } from "../../../forms/form-schema.ts";
import { aReferral } from "../../referrals/referral.fixture.ts";
import {
  actionPlanDefaults,
  actionPlanRequest,
  assignDefaults,
  feedbackDefaults,
  feedbackRequest,
  firstContactDefaults,
  firstContactRequest,
  reportDefaults,
  reportFields,
} from "./delivery-forms.ts";

const resolve = async <V extends object>(resolver: ReturnType<typeof formResolver>, values: V) =>
  resolver(values as never, undefined, { fields: {}, shouldUseNativeValidation: false });

describe("the provider's delivery forms as their requests", () => {
  it("sends first contact typed in UK time as an instant, and keeps an unreal date for the schema to name", async () => {
    expect(
      firstContactRequest({
        contactedAt: { day: "14", month: "7", year: "2027", hour: "14", minute: "30" },
        method: "phone",
        notes: "",
      }),
    ).toEqual({ contactedAt: "2027-07-14T13:30:00.000Z", method: "phone", notes: "" });
    const { errors } = await resolve(
      formResolver(firstContactInputSchema, (v) => ({ ...firstContactRequest(v as never), version: 1 })),
      { ...firstContactDefaults(), contactedAt: { day: "31", month: "2", year: "2027", hour: "9" } },
    );
    expect(errors.contactedAt?.message).toBe(
      "Enter the date and time of first contact as a real date and time",
    );
    expect(errors.method?.message).toBe("Select how you made first contact");
  });

  it("sends one activity per non-blank line, and a number of sessions that is not a number as typed", () => {
    expect(actionPlanRequest({ activities: " Call the landlord \n\nAgree a plan", sessions: "4" })).toEqual({
      activities: ["Call the landlord", "Agree a plan"],
      sessions: 4,
    });
    expect(actionPlanRequest({ activities: "", sessions: "four" }).sessions).toBe("four");
    expect(actionPlanRequest({ activities: "", sessions: " " }).sessions).toBeUndefined();
  });

  it("starts a revised action plan from the current one, and a first one empty", () => {
    expect(actionPlanDefaults(aReferral())).toEqual({ activities: "", sessions: "" });
    const plan = { version: 1, activities: ["A", "B"], sessions: 3, approvedAt: "2026-11-02T09:00:00.000Z" };
    expect(actionPlanDefaults(aReferral({ actionPlans: [plan] as never }))).toEqual({
      activities: "A\nB",
      sessions: "3",
    });
  });

  it("starts the assign form on the caseworker already assigned", () => {
    expect(assignDefaults(aReferral()).caseworkerId).toBeUndefined();
    expect(assignDefaults(aReferral({ caseworker: { userId: "u-9", name: "Priya" } })).caseworkerId).toBe(
      "u-9",
    );
  });

  it("sends a reason for absence only when they did not attend, and the tick box as a yes or no", () => {
    const attended = {
      ...feedbackDefaults(),
      attendance: "attended",
      absenceReason: "other",
      whatHappened: "Met",
    };
    expect(feedbackRequest(attended)).toEqual({
      attendance: "attended",
      whatHappened: "Met",
      behaviour: "",
      concerns: "",
      notifyOfficer: false,
    });
    const absent = { ...attended, attendance: "did-not-attend", notifyOfficer: ["yes"] };
    expect(feedbackRequest(absent)).toMatchObject({ absenceReason: "other", notifyOfficer: true });
  });

  it("shows every problem of an empty session feedback at once, each by its field", async () => {
    const resolver = formResolver(sessionFeedbackInputSchema, (v) => ({
      ...feedbackRequest(v as never),
      version: 1,
    }));
    const { errors } = await resolve(resolver, {
      ...feedbackDefaults(),
      attendance: "did-not-attend",
      notifyOfficer: ["yes"],
    });
    expect(Object.keys(errors).sort()).toEqual(["absenceReason", "concerns"]);
    expect(errors.concerns?.message).toBe("Enter the concern to tell the responsible officer about");
  });

  it("asks about each desired outcome, linking each to its own fields in page order", () => {
    const referral = aReferral();
    expect(reportDefaults(referral).outcomes.map((o) => o.outcome)).toEqual([
      "Eviction prevented",
      "Arrears reduced",
    ]);
    expect(Object.entries(reportFields(referral))).toEqual([
      ["outcomes", "#outcomes-0-achievement"],
      ["outcomes.0.achievement", "#outcomes-0-achievement"],
      ["outcomes.0.progress", "#outcomes-0-progress"],
      ["outcomes.1.achievement", "#outcomes-1-achievement"],
      ["outcomes.1.progress", "#outcomes-1-progress"],
      ["furtherWork", "#furtherWork"],
    ]);
  });
});
