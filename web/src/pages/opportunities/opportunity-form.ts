import type { Opportunity } from "#shared/opportunities/opportunity.ts";
import type { DateParts } from "../../components/govuk/fields.ts";
import type { FieldLinks } from "../../forms/form-errors.ts";
import {
  instantToParts,
  isoDateToParts,
  numberInput,
  parsePoundsToPence,
  parseWholeNumber,
  partsToInstant,
  partsToIsoDate,
  penceToPoundsInput,
} from "../../forms/parse.ts";

export interface QuestionRow {
  id: string;
  text: string;
  weight: string;
  wordLimit: string;
}

/** The draft opportunity form as typed. */
export interface OpportunityFormValues {
  title: string;
  description: string;
  needAreaId: string;
  regionIds: string[];
  pduIds: string[];
  tiers: string[];
  contractStart: DateParts;
  contractEnd: DateParts;
  expectedReferralsPerYear: string;
  budgetCeiling: string;
  qualityQuestions: QuestionRow[];
  socialValueWeight: string;
  priceWeight: string;
  clarificationDeadline: DateParts;
  submissionDeadline: DateParts;
}

export const blankQuestion = (id: string): QuestionRow => ({ id, text: "", weight: "", wordLimit: "" });

/** The next unused question id (q1, q2, …): ids stay with their questions when others are removed. */
export function nextQuestionId(rows: readonly QuestionRow[]): string {
  const used = rows.map((row) => Number(row.id.slice(1))).filter(Number.isFinite);
  return `q${Math.max(0, ...used) + 1}`;
}

/** The form's values from a saved draft (numbers as text, dates as parts, at least one question row). */
export function formValuesFrom(o: Opportunity): OpportunityFormValues {
  return {
    title: o.title,
    description: o.description ?? "",
    needAreaId: o.needAreaId,
    regionIds: o.regionIds,
    pduIds: o.pduIds ?? [],
    tiers: o.tiers ?? [],
    contractStart: isoDateToParts(o.contractStart),
    contractEnd: isoDateToParts(o.contractEnd),
    expectedReferralsPerYear: numberInput(o.expectedReferralsPerYear),
    budgetCeiling: penceToPoundsInput(o.budgetCeilingPence),
    qualityQuestions: o.qualityQuestions?.length
      ? o.qualityQuestions.map((q) => ({
          id: q.id,
          text: q.text,
          weight: numberInput(q.weight),
          wordLimit: numberInput(q.wordLimit),
        }))
      : [blankQuestion("q1")],
    socialValueWeight: numberInput(o.socialValueWeight),
    priceWeight: numberInput(o.priceWeight),
    clarificationDeadline: instantToParts(o.clarificationDeadline),
    submissionDeadline: instantToParts(o.submissionDeadline),
  };
}

const weightOf = (text: string) => {
  const value = parseWholeNumber(text);
  return value === undefined || Number.isNaN(value) ? 0 : value;
};

/** The total of every weight typed so far (blank or unreadable weights count as 0). */
export function liveWeightTotal(values: OpportunityFormValues): number {
  return (
    values.qualityQuestions.reduce((sum, q) => sum + weightOf(q.weight), 0) +
    weightOf(values.socialValueWeight) +
    weightOf(values.priceWeight)
  );
}

const questionLinks = Object.fromEntries(
  Array.from({ length: 20 }, (_, i) =>
    (["text", "weight", "wordLimit"] as const).map((field) => [
      `qualityQuestions.${i}.${field}`,
      `#qualityQuestions-${i}-${field}`,
    ]),
  ).flat(),
);

/** Where the error summary links for each field of the form, in page order (every possible question row). */
export const opportunityFieldLinks: FieldLinks = {
  title: "#title",
  description: "#description",
  needAreaId: "#needAreaId",
  regionIds: "#regionIds",
  pduIds: "#pduIds",
  tiers: "#tiers",
  contractStart: "#contractStart-day",
  contractEnd: "#contractEnd-day",
  expectedReferralsPerYear: "#expectedReferralsPerYear",
  budgetCeilingPence: "#budgetCeiling",
  qualityQuestions: "#qualityQuestions-0-text",
  ...questionLinks,
  socialValueWeight: "#socialValueWeight",
  priceWeight: "#priceWeight",
  clarificationDeadline: "#clarificationDeadline-day",
  submissionDeadline: "#submissionDeadline-day",
};

// What cannot be read is passed on as typed, so the shared schema words the problem ("as a number").
const typedWhole = (text: string) => {
  const value = parseWholeNumber(text);
  return Number.isNaN(value) ? text : value;
};
const typedDate = (parts: DateParts, read: (parts: DateParts) => string | null | undefined) => {
  const value = read(parts);
  return value === null ? Object.values(parts).join("/") : value;
};

/**
 * The form as the opportunity's fields (without the version): blank fields are left out, since a draft may be
 * partial; rows of questions left wholly blank are dropped. The draft schema judges it for "Save as draft",
 * the publishable schema for "Save and publish".
 */
export function toOpportunityRequest(values: OpportunityFormValues): Record<string, unknown> {
  const budget = parsePoundsToPence(values.budgetCeiling);
  const questions = values.qualityQuestions
    .filter((row) => row.text.trim() || row.weight.trim() || row.wordLimit.trim())
    .map((row) => ({
      id: row.id,
      text: row.text,
      weight: typedWhole(row.weight),
      wordLimit: typedWhole(row.wordLimit),
    }));
  const request: Record<string, unknown> = {
    title: values.title,
    description: values.description.trim() ? values.description : undefined,
    needAreaId: values.needAreaId || undefined,
    regionIds: values.regionIds,
    pduIds: values.pduIds,
    tiers: values.tiers.length ? values.tiers : undefined,
    contractStart: typedDate(values.contractStart, partsToIsoDate),
    contractEnd: typedDate(values.contractEnd, partsToIsoDate),
    expectedReferralsPerYear: typedWhole(values.expectedReferralsPerYear),
    budgetCeilingPence: Number.isNaN(budget) ? values.budgetCeiling : budget,
    qualityQuestions: questions.length ? questions : undefined,
    socialValueWeight: typedWhole(values.socialValueWeight),
    priceWeight: typedWhole(values.priceWeight),
    clarificationDeadline: typedDate(values.clarificationDeadline, partsToInstant),
    submissionDeadline: typedDate(values.submissionDeadline, partsToInstant),
  };
  return Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined));
}
