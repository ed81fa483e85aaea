import * as z from "zod";

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An identifier other code can put in URLs and database keys: lower-case words joined by hyphens. */
export const referenceIdSchema = z.string().regex(kebabCase, "must be kebab-case");

const text = z.string().trim().min(1);

/** The three complexity tiers a need area can be bought at. */
export const tierIdSchema = z.enum(["low", "medium", "high"], { message: "Select a complexity level" });
export type TierId = z.infer<typeof tierIdSchema>;

/** The three phases every intervention moves through. */
export const phaseIdSchema = z.enum(["assessAndPlan", "implement", "reviewAndEvaluate"]);
export type PhaseId = z.infer<typeof phaseIdSchema>;

/** What happens in each phase at one complexity tier. */
export const tierDescriptionSchema = z.object({
  assessAndPlan: z.array(text).min(1),
  implement: z.array(text).min(1),
  reviewAndEvaluate: z.array(text).min(1),
});
export type TierDescription = z.infer<typeof tierDescriptionSchema>;

/** A need area providers are bought to address, with the outcomes and tiers it is bought at. */
export const needAreaSchema = z.object({
  id: referenceIdSchema,
  name: text,
  coreSuite: z.boolean(),
  minimumOutcome: text,
  desiredOutcomes: z.array(text).min(3).max(8),
  // Partial because some needs are not bought at every tier (high-complexity thinking work goes to TSP).
  tiers: z.partialRecord(tierIdSchema, tierDescriptionSchema),
  accreditedProgrammeIds: z.array(referenceIdSchema),
});
export type NeedArea = z.infer<typeof needAreaSchema>;

/** A complexity tier as shown to officers choosing one. */
export const complexityTierSchema = z.object({ id: tierIdSchema, name: text, summary: text });
export type ComplexityTier = z.infer<typeof complexityTierSchema>;

/** A phase as shown on pages. */
export const phaseSchema = z.object({
  id: phaseIdSchema,
  name: z.enum(["Assess & Plan", "Implement", "Review & Evaluate"]),
});
export type Phase = z.infer<typeof phaseSchema>;

/** A probation delivery unit within a region. */
export const pduSchema = z.object({ id: referenceIdSchema, name: text });
export type Pdu = z.infer<typeof pduSchema>;

/** A probation office of a delivery unit, where appointments can be held (compiled from the public record). */
export const probationOfficeSchema = z.object({
  id: referenceIdSchema,
  pduId: referenceIdSchema,
  name: text,
  address: z.array(text).min(1).max(4),
  postcode: text,
});
export type ProbationOffice = z.infer<typeof probationOfficeSchema>;

/** A probation region and its delivery units. */
export const regionSchema = z.object({ id: referenceIdSchema, name: text, pdus: z.array(pduSchema).min(1) });
export type Region = z.infer<typeof regionSchema>;

/** A kind of sentence a person can be referred under. */
export const sentenceTypeSchema = z.object({ id: referenceIdSchema, name: text, custody: z.boolean() });
export type SentenceType = z.infer<typeof sentenceTypeSchema>;

/** A plain id-and-name pair, used by the simple lists. */
export const namedItemSchema = z.object({ id: referenceIdSchema, name: text });
export type NamedItem = z.infer<typeof namedItemSchema>;

/** A group of people an intervention can be tailored for. */
export const cohortSchema = namedItemSchema;
export type Cohort = z.infer<typeof cohortSchema>;

/** A risk of serious harm level. */
export const riskLevelSchema = z.object({ id: z.enum(["low", "medium", "high", "very-high"]), name: text });
export type RiskLevel = z.infer<typeof riskLevelSchema>;

/** A reason a referral is withdrawn or closed early. */
export const withdrawalReasonSchema = namedItemSchema;
export type WithdrawalReason = z.infer<typeof withdrawalReasonSchema>;

/** How sessions are delivered. */
export const deliveryMethodSchema = z.object({ id: z.enum(["one-to-one", "group", "online"]), name: text });
export type DeliveryMethod = z.infer<typeof deliveryMethodSchema>;

/** Where an intervention is delivered relative to custody. */
export const settingSchema = z.object({
  id: z.enum(["community", "pre-release-custody", "through-the-gate"]),
  name: text,
});
export type Setting = z.infer<typeof settingSchema>;

/** An accredited programme the catalogue signposts but the portal does not buy. */
export const accreditedProgrammeSchema = z
  .object({
    id: referenceIdSchema,
    name: text,
    sessions: z.number().int().positive(),
    groupSizeMin: z.number().int().positive().optional(),
    groupSizeMax: z.number().int().positive().optional(),
    description: text,
  })
  .refine(
    (p) => p.groupSizeMin === undefined || p.groupSizeMax === undefined || p.groupSizeMin <= p.groupSizeMax,
    {
      message: "groupSizeMin must not exceed groupSizeMax",
    },
  );
export type AccreditedProgramme = z.infer<typeof accreditedProgrammeSchema>;

/** A performance target a commissioner may start from. */
export const performanceTargetSchema = z.object({
  id: referenceIdSchema,
  measure: text,
  percent: z.number().min(0).max(100),
  needAreaId: referenceIdSchema.optional(),
});
export type PerformanceTarget = z.infer<typeof performanceTargetSchema>;

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

/** The whole reference data set, including the cross-references between its lists. */
export const referenceDataSchema = z
  .object({
    needAreas: z.array(needAreaSchema).min(1),
    complexityTiers: z.array(complexityTierSchema).length(3),
    phases: z.array(phaseSchema).length(3),
    regions: z.array(regionSchema).min(1),
    sentenceTypes: z.array(sentenceTypeSchema).min(1),
    cohorts: z.array(cohortSchema).min(1),
    riskLevels: z.array(riskLevelSchema).length(4),
    withdrawalReasons: z.array(withdrawalReasonSchema).min(1),
    deliveryMethods: z.array(deliveryMethodSchema).length(3),
    settings: z.array(settingSchema).length(3),
    accreditedProgrammes: z.array(accreditedProgrammeSchema),
    performanceTargets: z.array(performanceTargetSchema),
    ogrsLowRiskThresholdPercent: z.literal(25),
    probationOffices: z.array(probationOfficeSchema).min(1),
    /** Where the office lists come from, shown beside them. */
    probationOfficesSource: text,
  })
  .superRefine((data, ctx) => {
    // Ids are used as keys elsewhere, so a duplicate would silently shadow an entry.
    const lists: Record<string, readonly string[]> = {
      needAreas: data.needAreas.map((x) => x.id),
      complexityTiers: data.complexityTiers.map((x) => x.id),
      phases: data.phases.map((x) => x.id),
      regions: data.regions.map((x) => x.id),
      pdus: data.regions.flatMap((r) => r.pdus.map((p) => p.id)),
      sentenceTypes: data.sentenceTypes.map((x) => x.id),
      cohorts: data.cohorts.map((x) => x.id),
      riskLevels: data.riskLevels.map((x) => x.id),
      withdrawalReasons: data.withdrawalReasons.map((x) => x.id),
      deliveryMethods: data.deliveryMethods.map((x) => x.id),
      settings: data.settings.map((x) => x.id),
      accreditedProgrammes: data.accreditedProgrammes.map((x) => x.id),
      performanceTargets: data.performanceTargets.map((x) => x.id),
      probationOffices: data.probationOffices.map((x) => x.id),
    };
    for (const [list, ids] of Object.entries(lists)) {
      for (const id of duplicates(ids)) {
        ctx.addIssue({ code: "custom", path: [list], message: `duplicate id "${id}"` });
      }
    }
    const programmeIds = new Set(lists.accreditedProgrammes);
    data.needAreas.forEach((area, index) => {
      for (const programmeId of area.accreditedProgrammeIds) {
        if (!programmeIds.has(programmeId)) {
          ctx.addIssue({
            code: "custom",
            path: ["needAreas", index, "accreditedProgrammeIds"],
            message: `unknown accredited programme "${programmeId}"`,
          });
        }
      }
    });
    const pduIds = new Set(lists.pdus);
    data.probationOffices.forEach((office, index) => {
      if (!pduIds.has(office.pduId))
        ctx.addIssue({
          code: "custom",
          path: ["probationOffices", index, "pduId"],
          message: `unknown delivery unit "${office.pduId}"`,
        });
    });
    const needAreaIds = new Set(lists.needAreas);
    data.performanceTargets.forEach((target, index) => {
      if (target.needAreaId !== undefined && !needAreaIds.has(target.needAreaId)) {
        ctx.addIssue({
          code: "custom",
          path: ["performanceTargets", index, "needAreaId"],
          message: `unknown need area "${target.needAreaId}"`,
        });
      }
    });
  });
export type ReferenceData = z.infer<typeof referenceDataSchema>;
