import type { FieldError } from "../http/problem.ts";
import { findNeedArea, findPdu } from "../reference/index.ts";
import { type OpportunityFields, type OpportunityStatus, opportunityFieldsSchema } from "./opportunity.ts";

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
 * Cross-field rules of an opportunity (weights, tiers on offer, PDUs in the regions, dates in order).
 * Checks only what is present, so a draft can be saved with some fields missing.
 */
export const crossFieldErrors = (fields: Partial<OpportunityFields>): FieldError[] => {
  const errors: FieldError[] = [];
  const total = weightTotal(fields);
  const weightsPresent =
    fields.qualityQuestions !== undefined &&
    fields.socialValueWeight !== undefined &&
    fields.priceWeight !== undefined;
  if (fields.socialValueWeight !== undefined && fields.socialValueWeight < minimumSocialValueWeight) {
    errors.push({
      path: "socialValueWeight",
      message: `Social value must carry at least ${minimumSocialValueWeight}% of the score`,
    });
  }
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
  if (fields.qualityQuestions) {
    const ids = fields.qualityQuestions.map((q) => q.id);
    if (new Set(ids).size !== ids.length)
      errors.push({ path: "qualityQuestions", message: "Each question needs its own id" });
  }
  return errors;
};

/** Everything that stops a draft being published: missing fields, broken rules, deadlines not in the future. */
export const publishErrors = (fields: Partial<OpportunityFields>, now: Date): FieldError[] => {
  const complete = opportunityFieldsSchema.safeParse(fields);
  const missing: FieldError[] = complete.success
    ? []
    : complete.error.issues.map((issue) => ({
        path: issue.path.map(String).join("."),
        message: issue.message,
      }));
  const errors = [...missing, ...crossFieldErrors(fields)];
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
