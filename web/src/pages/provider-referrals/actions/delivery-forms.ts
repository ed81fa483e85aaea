import type { DateParts } from "../../../components/govuk/fields.ts";
import { parseWholeNumber, partsToInstant } from "../../../forms/parse.ts";
import type { Referral } from "#shared/referrals/referral.ts";

// What each provider action form holds (text as typed, dates as parts) and how it becomes the request
// its route validates with (`version` is added by the action frame). Unreadable input passes through as
// typed, so the shared schema words the problem.

/** A date and time typed in UK time as an instant, or the parts' failure kept for the schema to name. */
export const instantOf = (parts: DateParts): string | undefined => {
  const value = partsToInstant(parts);
  return value === null ? "not-a-date" : value;
};

/** A whole number as typed: the number, undefined when blank, or the text when it is not one. */
export const numberOf = (text: string): number | string | undefined => {
  const n = parseWholeNumber(text);
  return n === undefined ? undefined : Number.isNaN(n) ? text : n;
};

/** The options of a label map, for radios. */
export const labelled = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, text]) => ({ value, text }));

export interface AssignValues {
  caseworkerId: string | undefined;
}
export const assignDefaults = (r: Referral): AssignValues => ({ caseworkerId: r.caseworker?.userId });

export interface FirstContactValues {
  contactedAt: DateParts;
  method: string | undefined;
  notes: string;
}
export const firstContactDefaults = (): FirstContactValues => ({
  contactedAt: {},
  method: undefined,
  notes: "",
});
/** First contact as its request. */
export const firstContactRequest = (v: FirstContactValues) => ({
  contactedAt: instantOf(v.contactedAt),
  method: v.method,
  notes: v.notes,
});

export interface OutcomeValues {
  attendance: string | undefined;
  notes: string;
}
export const outcomeDefaults = (): OutcomeValues => ({ attendance: undefined, notes: "" });

export interface ActionPlanValues {
  activities: string;
  sessions: string;
}
/** The current plan, to revise: a new version can add sessions but not take them away. */
export const actionPlanDefaults = (r: Referral): ActionPlanValues => {
  const current = r.actionPlans.at(-1);
  return {
    activities: current?.activities.join("\n") ?? "",
    sessions: current ? String(current.sessions) : "",
  };
};
/** One activity per non-blank line. */
export const actionPlanRequest = (v: ActionPlanValues) => ({
  activities: v.activities
    .split("\n")
    .map((a) => a.trim())
    .filter(Boolean),
  sessions: numberOf(v.sessions),
});

export interface FeedbackValues {
  attendance: string | undefined;
  absenceReason: string | undefined;
  whatHappened: string;
  behaviour: string;
  concerns: string;
  notifyOfficer: string[];
}
export const feedbackDefaults = (): FeedbackValues => ({
  attendance: undefined,
  absenceReason: undefined,
  whatHappened: "",
  behaviour: "",
  concerns: "",
  notifyOfficer: [],
});
/** A reason for absence only when they did not attend; the officer is told when the box is ticked. */
export const feedbackRequest = ({ absenceReason, notifyOfficer, ...v }: FeedbackValues) => ({
  ...v,
  ...(v.attendance === "did-not-attend" ? { absenceReason } : {}),
  notifyOfficer: notifyOfficer.length > 0,
});

export interface ReportValues {
  outcomes: { outcome: string; achievement: string | undefined; progress: string }[];
  furtherWork: string;
}
/** The desired outcomes the officer chose, in their order. */
export const desiredOutcomes = (r: Referral): string[] =>
  (r.answers.intervention?.desiredOutcomes as string[] | undefined) ?? [];
export const reportDefaults = (r: Referral): ReportValues => ({
  outcomes: desiredOutcomes(r).map((outcome) => ({ outcome, achievement: undefined, progress: "" })),
  furtherWork: "",
});
/** The report's fields in page order: each outcome's achievement and progress, then what is left. */
export const reportFields = (r: Referral): Record<string, string> => {
  const links: Record<string, string> = { outcomes: "#outcomes-0-achievement" };
  desiredOutcomes(r).forEach((_, i) => {
    links[`outcomes.${i}.achievement`] = `#outcomes-${i}-achievement`;
    links[`outcomes.${i}.progress`] = `#outcomes-${i}-progress`;
  });
  links.furtherWork = "#furtherWork";
  return links;
};
