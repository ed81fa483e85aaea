import type { FieldError } from "#shared/http/problem.ts";
import type {
  Opportunity,
  QualityQuestion,
  UpdateOpportunityInput,
} from "#shared/opportunities/opportunity.ts";
import type { TierId } from "#shared/reference/schema.ts";
import type { DateParts } from "../../components/govuk/index.ts";
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

/** Where the error summary links for each field of the form (question rows depend on the values). */
export function opportunityFieldLinks(values: OpportunityFormValues): FieldLinks {
  const links: FieldLinks = {
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
    qualityQuestions: values.qualityQuestions.length ? "#qualityQuestions-0-text" : "#add-question",
  };
  values.qualityQuestions.forEach((_, i) => {
    for (const field of ["text", "weight", "wordLimit"] as const) {
      links[`qualityQuestions.${i}.${field}`] = `#qualityQuestions-${i}-${field}`;
    }
  });
  return {
    ...links,
    socialValueWeight: "#socialValueWeight",
    priceWeight: "#priceWeight",
    clarificationDeadline: "#clarificationDeadline-day",
    submissionDeadline: "#submissionDeadline-day",
  };
}

/**
 * The form as the API's draft update: blank fields are left out (a draft may be partial); things typed
 * that cannot be read (a weight of "ten", 31 February) come back as errors worded as the API words them.
 */
export function toUpdateInput(
  values: OpportunityFormValues,
  version: number,
): { input: UpdateOpportunityInput; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const whole = (path: string, text: string, what: string): number | undefined => {
    const value = parseWholeNumber(text);
    if (Number.isNaN(value)) {
      errors.push({ path, message: `Enter the ${what} as a number` });
      return undefined;
    }
    return value;
  };
  const date = (path: string, parts: DateParts, what: string) => {
    const value = partsToIsoDate(parts);
    if (value === null) errors.push({ path, message: `Enter the ${what} as a real date` });
    return value ?? undefined;
  };
  const instant = (path: string, parts: DateParts, what: string) => {
    const value = partsToInstant(parts);
    if (value === null) errors.push({ path, message: `Enter the ${what} as a real date and time` });
    return value ?? undefined;
  };
  const budget = parsePoundsToPence(values.budgetCeiling);
  if (Number.isNaN(budget))
    errors.push({ path: "budgetCeilingPence", message: "Enter the budget ceiling as an amount in pounds" });

  const questions = values.qualityQuestions
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => row.text.trim() || row.weight.trim() || row.wordLimit.trim())
    .map(
      ({ row, i }) =>
        ({
          id: row.id,
          text: row.text,
          weight: whole(`qualityQuestions.${i}.weight`, row.weight, "question's weight"),
          wordLimit: whole(`qualityQuestions.${i}.wordLimit`, row.wordLimit, "word limit"),
        }) as QualityQuestion,
    );

  const input: UpdateOpportunityInput = {
    version,
    title: values.title,
    regionIds: values.regionIds,
    pduIds: values.pduIds,
    ...(values.needAreaId ? { needAreaId: values.needAreaId } : {}),
    ...(values.description.trim() ? { description: values.description } : {}),
    ...(values.tiers.length ? { tiers: values.tiers as TierId[] } : {}),
  };
  const optional = <K extends keyof UpdateOpportunityInput>(key: K, value: UpdateOpportunityInput[K]) => {
    if (value !== undefined) input[key] = value;
  };
  optional("contractStart", date("contractStart", values.contractStart, "contract start date"));
  optional("contractEnd", date("contractEnd", values.contractEnd, "contract end date"));
  optional(
    "expectedReferralsPerYear",
    whole("expectedReferralsPerYear", values.expectedReferralsPerYear, "expected referrals a year"),
  );
  optional("budgetCeilingPence", Number.isNaN(budget) ? undefined : budget);
  if (questions.length) input.qualityQuestions = questions;
  optional("socialValueWeight", whole("socialValueWeight", values.socialValueWeight, "social value weight"));
  optional("priceWeight", whole("priceWeight", values.priceWeight, "price weight"));
  optional(
    "clarificationDeadline",
    instant("clarificationDeadline", values.clarificationDeadline, "clarification deadline"),
  );
  optional(
    "submissionDeadline",
    instant("submissionDeadline", values.submissionDeadline, "submission deadline"),
  );
  return { input, errors };
}
