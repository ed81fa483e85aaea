import type { FieldError } from "../http/problem.ts";
import { findNeedArea, findPdu } from "../reference/index.ts";
import {
  type OpportunityFields,
  type OpportunityStatus,
  opportunityFieldsSchema,
  qualityQuestionSchema,
} from "./opportunity.ts";

/** Minimum share of the score that social value must carry (PRODUCT.md: at least 10%). */
export const minimumSocialValueWeight = 10;

/** The status people see, derived from the stored state and the portal's clock. */
export const opportunityStatus = (
  opportunity: { state: "draft" | "published" | "cancelled"; submissionDeadline?: string | undefined },
  now: Date,
): OpportunityStatus => {
  if (opportunity.state !== "published") return opportunity.state;
  return opportunity.submissionDeadline && now.getTime() > Date.parse(opportunity.submissionDeadline)
    ? "closed"
    : "open";
};

/** The total of all weights; must be exactly 100 to publish. */
export const weightTotal = (
  fields: Partial<Pick<OpportunityFields, "qualityQuestions" | "socialValueWeight" | "priceWeight">>,
) =>
  (fields.qualityQuestions ?? []).reduce((sum, q) => sum + (q.weight ?? 0), 0) +
  (fields.socialValueWeight ?? 0) +
  (fields.priceWeight ?? 0);

/**
 * Rules of a single field that its schema cannot say (social value's minimum share, each question its own
 * id): they hold for drafts too, since they never depend on another field a person has yet to fill in.
 */
export const fieldRuleErrors = (fields: Partial<OpportunityFields>): FieldError[] => {
  const errors: FieldError[] = [];
  if (fields.socialValueWeight !== undefined && fields.socialValueWeight < minimumSocialValueWeight) {
    errors.push({
      path: "socialValueWeight",
      message: `Social value must carry at least ${minimumSocialValueWeight}% of the score`,
    });
  }
  if (fields.qualityQuestions) {
    const ids = fields.qualityQuestions.map((q) => q.id);
    if (new Set(ids).size !== ids.length)
      errors.push({ path: "qualityQuestions", message: "Each question needs its own id" });
  }
  return errors;
};

/** Rules between fields (weights, tiers on offer, PDUs in the regions, dates in order); checked at publish. */
const relationErrors = (fields: Partial<OpportunityFields>): FieldError[] => {
  const errors: FieldError[] = [];
  const total = weightTotal(fields);
  // A weight that is missing or unreadable has its own message; a total without it would mislead.
  const weightsPresent =
    fields.qualityQuestions !== undefined &&
    fields.qualityQuestions.every((q) => typeof q.weight === "number") &&
    fields.socialValueWeight !== undefined &&
    fields.priceWeight !== undefined;
  if (weightsPresent && total !== 100) {
    const message = `The weights must add up to 100; they add up to ${total}`;
    errors.push(
      { path: "qualityQuestions", message },
      { path: "socialValueWeight", message },
      { path: "priceWeight", message },
    );
  }
  if (fields.needAreaId && fields.tiers) {
    const offered = Object.keys(findNeedArea(fields.needAreaId)?.tiers ?? {});
    fields.tiers.forEach((tier, i) => {
      if (!offered.includes(tier)) {
        errors.push({ path: `tiers.${i}`, message: `This need area is not bought at ${tier} complexity` });
      }
    });
  }
  if (fields.regionIds && fields.pduIds) {
    fields.pduIds.forEach((pdu, i) => {
      const region = findPdu(pdu)?.region.id;
      if (!region || !fields.regionIds?.includes(region)) {
        errors.push({ path: `pduIds.${i}`, message: "Select PDUs within the chosen regions" });
      }
    });
  }
  if (fields.contractStart && fields.contractEnd && fields.contractEnd <= fields.contractStart) {
    errors.push({ path: "contractEnd", message: "The contract must end after it starts" });
  }
  if (
    fields.clarificationDeadline &&
    fields.submissionDeadline &&
    Date.parse(fields.clarificationDeadline) >= Date.parse(fields.submissionDeadline)
  ) {
    errors.push({
      path: "clarificationDeadline",
      message: "The clarification deadline must be before the submission deadline",
    });
  }
  if (fields.tierMix) {
    const mix = fields.tierMix;
    const shares = Object.values(mix).reduce((sum, share) => sum + (share ?? 0), 0);
    if (fields.tiers && Object.keys(mix).some((tier) => !fields.tiers?.includes(tier as never)))
      errors.push({ path: "tierMix", message: "Give expected shares only for the tiers being bought" });
    else if (shares !== 100)
      errors.push({
        path: "tierMix",
        message: `The expected shares must add up to 100; they add up to ${shares}`,
      });
  }
  return errors;
};

/** Every rule of an opportunity beyond its fields' schemas: the field rules and the rules between fields. */
export const crossFieldErrors = (fields: Partial<OpportunityFields>): FieldError[] => [
  ...fieldRuleErrors(fields),
  ...relationErrors(fields),
];

const shape = opportunityFieldsSchema.shape;
const questionShape = qualityQuestionSchema.shape;

/**
 * The parts of what was sent that are valid on their own (a question keeps its valid parts), so the rules
 * between fields can be judged in the same pass as the fields' own problems, never on unreadable values.
 */
export function validParts(input: unknown): Partial<OpportunityFields> {
  if (typeof input !== "object" || input === null) return {};
  const raw = input as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    if (key === "qualityQuestions") continue;
    const parsed = shape[key].safeParse(raw[key]);
    if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
  }
  if (Array.isArray(raw.qualityQuestions)) {
    out.qualityQuestions = raw.qualityQuestions.map((question: unknown) => {
      const q = (typeof question === "object" && question !== null ? question : {}) as Record<
        string,
        unknown
      >;
      return Object.fromEntries(
        (Object.keys(questionShape) as (keyof typeof questionShape)[]).flatMap((key) => {
          const parsed = questionShape[key].safeParse(q[key]);
          return parsed.success ? [[key, parsed.data]] : [];
        }),
      );
    });
  }
  return out as Partial<OpportunityFields>;
}

const toIssuePath = (path: string) =>
  path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * A complete opportunity, ready to publish: every field's own problems and every rule between fields are
 * reported together in one pass (the rules run even when a field failed, on the parts that are valid), so a
 * person sees every problem at once. The web's publish button and the API's publish judge by this schema.
 */
export const publishableOpportunitySchema = opportunityFieldsSchema.superRefine(
  (value, ctx) => {
    for (const { path, message } of crossFieldErrors(validParts(value)))
      ctx.addIssue({ code: "custom", path: toIssuePath(path), message, input: value });
  },
  { when: () => true },
);

/** Everything that stops a draft being published: missing fields, broken rules, deadlines not in the future. */
export const publishErrors = (fields: Partial<OpportunityFields>, now: Date): FieldError[] => {
  const checked = publishableOpportunitySchema.safeParse(fields);
  const errors: FieldError[] = checked.success
    ? []
    : checked.error.issues.map((issue) => ({
        path: issue.path.map(String).join("."),
        message: issue.message,
      }));
  for (const key of ["clarificationDeadline", "submissionDeadline"] as const) {
    const value = fields[key];
    if (value && Date.parse(value) <= now.getTime()) {
      errors.push({
        path: key,
        message: `The ${key === "clarificationDeadline" ? "clarification" : "submission"} deadline must be in the future`,
      });
    }
  }
  // One message per field: the first (most basic) problem found for it.
  return errors.filter((e, i) => errors.findIndex((other) => other.path === e.path) === i);
};
