import * as z from "zod";
import { choiceIn } from "../http/field-messages.ts";
import { findNeedArea, type TierId, tierIdSchema, ogrsLowRiskThresholdPercent } from "../reference/index.ts";
import { riskLevels } from "../reference/risk-levels.ts";
import { sentenceTypes } from "../reference/sentence-types.ts";

/** The parts of a referral the officer fills in, in the order the task list shows them. */
export const sectionIds = [
  "person",
  "sentence",
  "risk",
  "needs",
  "intervention",
  "requirement",
  "reason",
] as const;
export const sectionIdSchema = z.enum(sectionIds, {
  message: "Check the address: that is not a section of the referral",
});
export type SectionId = z.infer<typeof sectionIdSchema>;

export const sectionTitles: Record<SectionId, string> = {
  person: "Person’s details",
  sentence: "Sentence",
  risk: "Risk",
  needs: "Needs and requirements",
  intervention: "Need, complexity and desired outcomes",
  requirement: "Enforceable days and completion deadline",
  reason: "Reason for referral",
};

export const sexOptions = [
  { id: "female", name: "Female" },
  { id: "male", name: "Male" },
] as const;

/** The five high-level ethnic groups of the 2021 census, and "not stated". */
export const ethnicityOptions = [
  { id: "asian", name: "Asian or Asian British" },
  { id: "black", name: "Black, Black British, Caribbean or African" },
  { id: "mixed", name: "Mixed or multiple ethnic groups" },
  { id: "white", name: "White" },
  { id: "other", name: "Another ethnic group" },
  { id: "not-stated", name: "Prefers not to say" },
] as const;

const ids = <T extends readonly { id: string }[]>(list: T) =>
  list.map((item) => item.id) as [T[number]["id"], ...T[number]["id"][]];

/** What the checks that depend on the day need to know. */
export interface SectionContext {
  /** Today's date in London, YYYY-MM-DD, as the server's clock (or the browser's) has it. */
  today: string;
  /** The need area of the intervention being referred to. */
  needAreaId: string;
  /** The tiers the chosen contract offers. */
  tiersOffered: readonly TierId[];
}

const text = (what: string, max: number, missing = `Enter ${what}`) =>
  z
    .string({ message: missing })
    .trim()
    .min(1, missing)
    .max(
      max,
      `${what[0]!.toUpperCase()}${what.slice(1)} must be ${max.toLocaleString("en-GB")} characters or fewer`,
    );

const date = (message: string) => z.iso.date({ message });

/** The date `years` years before an ISO date (29 February becomes 28 February in other years). */
export function yearsBefore(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const year = y - years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Crime Reference Number: one letter and six digits, e.g. X123456. */
export const crnPattern = /^[A-Z]\d{6}$/;

// Building every section's schemas costs far more than checking answers against them, and a request
// checks up to seven sections with the same context: build once per context, not once per check.
const schemaCache = new Map<string, ReturnType<typeof buildSectionSchemas>>();

/**
 * Each section's questions, checked as the officer answers them. Every field is required in the
 * complete section; a section is saved partially while the officer works on it.
 */
export const sectionSchemas = (ctx: SectionContext) => {
  const key = `${ctx.today}|${ctx.needAreaId}|${ctx.tiersOffered.join(",")}`;
  const cached = schemaCache.get(key);
  if (cached) return cached;
  const built = buildSectionSchemas(ctx);
  // A few contexts a day per need area and tier set: a small bound keeps a warm Lambda's memory flat.
  if (schemaCache.size >= 64) schemaCache.delete(schemaCache.keys().next().value!);
  schemaCache.set(key, built);
  return built;
};

/** Builds every section's schemas for one context (dates, need area, tiers): see `sectionSchemas`. */
const buildSectionSchemas = (ctx: SectionContext) => {
  const area = findNeedArea(ctx.needAreaId);
  const outcomes = area?.desiredOutcomes ?? [];
  return {
    person: z.object({
      crn: z
        .string({ message: "Enter the CRN" })
        .max(20, "Enter a CRN of one letter and six digits, like X123456")
        .trim()
        .transform((v) => v.toUpperCase())
        .pipe(z.string().regex(crnPattern, "Enter a CRN of one letter and six digits, like X123456")),
      firstName: text("the person’s first name", 100),
      lastName: text("the person’s last name", 100),
      dateOfBirth: date("Enter the date of birth as a real date, like 27 3 1990")
        .refine((v) => v >= "1900-01-01", "Enter a date of birth after 1 January 1900")
        .refine(
          (v) => v <= yearsBefore(ctx.today, 18),
          "The person must be 18 or older: check the date of birth",
        ),
      sex: z.enum(ids(sexOptions), { message: "Select the person’s sex" }),
      ethnicity: z.enum(ids(ethnicityOptions), { message: "Select the person’s ethnic group" }),
      firstLanguage: text("the person’s first language", 60),
      needsInterpreter: z.boolean({ message: "Select whether the person needs an interpreter" }),
      interpreterLanguage: text("the language the interpreter must speak", 60).optional(),
      disabilities: text(
        "any disabilities and accessibility needs",
        2000,
        "Enter any disabilities and accessibility needs, or ‘None’",
      ),
      religion: text(
        "the person’s religion or belief",
        100,
        "Enter the person’s religion or belief, or ‘None’",
      ),
    }),
    sentence: z.object({
      sentenceTypeId: z.enum(ids(sentenceTypes), { message: "Select the type of sentence" }),
      establishment: text("the custody establishment", 100, "Enter the prison the person is in").optional(),
      expectedReleaseDate: date("Enter the expected release date as a real date")
        .refine((v) => v > ctx.today, "The expected release date must be in the future")
        .optional(),
    }),
    risk: z.object({
      roshLevel: z.enum(ids(riskLevels), { message: "Select the risk of serious harm level" }),
      ogrsScore: z
        .number({ message: "Enter the OGRS score as a whole number from 0 to 100" })
        .int("Enter the OGRS score as a whole number from 0 to 100")
        .min(0, "Enter the OGRS score as a whole number from 0 to 100")
        .max(100, "Enter the OGRS score as a whole number from 0 to 100"),
      riskSummary: text("a risk summary for the provider", 4000),
    }),
    needs: z.object({
      needs: text("the person’s needs", 4000, "Describe the person’s needs"),
      availability: text("when the person can attend", 1000, "Enter when the person can attend"),
      responsibilities: text(
        "caring or work responsibilities",
        1000,
        "Enter any caring or work responsibilities, or ‘None’",
      ),
    }),
    intervention: z.object({
      tierId: tierIdSchema.refine((t) => ctx.tiersOffered.includes(t), "Select a complexity tier offered"),
      desiredOutcomes: z
        .array(
          z
            .string(choiceIn("Select desired outcomes from the list"))
            .max(300, choiceIn("Select desired outcomes from the list"))
            .refine((o) => outcomes.includes(o), choiceIn("Select desired outcomes from the list")),
          { message: "Select at least one desired outcome" },
        )
        .min(1, "Select at least one desired outcome")
        .max(Math.max(outcomes.length, 1), "Select each desired outcome once"),
    }),
    requirement: z.object({
      enforceableDays: z
        .number({ message: "Enter the maximum enforceable days as a whole number from 1 to 40" })
        .int("Enter the maximum enforceable days as a whole number from 1 to 40")
        .min(1, "The maximum enforceable days must be at least 1")
        .max(40, "The maximum enforceable days must be 40 or fewer"),
      completionDeadline: date("Enter the completion deadline as a real date").refine(
        (v) => v > ctx.today,
        "The completion deadline must be in the future",
      ),
    }),
    reason: z.object({ reason: text("the reason for the referral", 4000) }),
  } satisfies Record<SectionId, z.ZodObject>;
};

type Schemas = ReturnType<typeof sectionSchemas>;
export type SectionAnswers = { [K in SectionId]: z.infer<Schemas[K]> };
export type DraftAnswers = { [K in SectionId]?: Partial<SectionAnswers[K]> };

/** Rules between the fields of one section (zod 4 cannot make a refined object partial). */
function crossFieldErrors(section: SectionId, data: Record<string, unknown>, finished: boolean) {
  const errors: { path: string; message: string }[] = [];
  if (section === "person" && data.needsInterpreter === true && finished && !data.interpreterLanguage) {
    errors.push({ path: "interpreterLanguage", message: "Enter the language the interpreter must speak" });
  }
  if (section === "sentence" && finished) {
    const type = sentenceTypes.find((t) => t.id === data.sentenceTypeId);
    if (type?.custody && !data.establishment)
      errors.push({ path: "establishment", message: "Enter the prison the person is in" });
    if (type?.custody && !data.expectedReleaseDate)
      errors.push({ path: "expectedReleaseDate", message: "Enter the expected release date" });
  }
  return errors;
}

/** Drops answers that no longer apply (an interpreter language when none is needed, custody details out of custody). */
function withoutInapplicable(section: SectionId, data: Record<string, unknown>) {
  const out = { ...data };
  if (section === "person" && out.needsInterpreter === false) delete out.interpreterLanguage;
  if (section === "sentence") {
    const type = sentenceTypes.find((t) => t.id === out.sentenceTypeId);
    if (type && !type.custody) {
      delete out.establishment;
      delete out.expectedReleaseDate;
    }
  }
  return out;
}

export type SectionCheck =
  { ok: true; data: Record<string, unknown> } | { ok: false; errors: { path: string; message: string }[] };

/**
 * Checks one section's answers. Saved for later (`finished` false), only the answers given must be
 * right; with "Save and continue" (`finished` true), every question must be answered.
 */
export function checkSection(
  section: SectionId,
  input: Record<string, unknown>,
  ctx: SectionContext,
  finished: boolean,
): SectionCheck {
  const schema = sectionSchemas(ctx)[section];
  // Blank strings are unanswered questions, not wrong answers.
  const given = Object.fromEntries(
    Object.entries(input).filter(([, v]) => v !== undefined && v !== null && v !== ""),
  );
  const result = finished ? schema.safeParse(given) : schema.partial().safeParse(given);
  const errors = result.success
    ? []
    : result.error.issues.map((issue) => ({
        path: issue.path.map(String).join("."),
        message: issue.message,
      }));
  const data = result.success ? withoutInapplicable(section, result.data as Record<string, unknown>) : given;
  errors.push(...crossFieldErrors(section, data, finished));
  const unique = errors.filter((e, i) => errors.findIndex((o) => o.path === e.path) === i);
  return unique.length ? { ok: false, errors: unique } : { ok: true, data };
}

export type SectionStatus = "not-started" | "in-progress" | "completed";

export const sectionStatusLabels: Record<SectionStatus, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  completed: "Completed",
};

/** Not started (nothing saved), completed (every question answered correctly) or in progress. */
export function sectionStatus(
  section: SectionId,
  answers: Record<string, unknown> | undefined,
  ctx: SectionContext,
): SectionStatus {
  if (!answers || Object.keys(answers).length === 0) return "not-started";
  return checkSection(section, answers, ctx, true).ok ? "completed" : "in-progress";
}

/** Every section's status, in task-list order. */
export function sectionStatuses(
  answers: DraftAnswers,
  ctx: SectionContext,
): Record<SectionId, SectionStatus> {
  return Object.fromEntries(
    sectionIds.map((id) => [id, sectionStatus(id, answers[id] as Record<string, unknown> | undefined, ctx)]),
  ) as Record<SectionId, SectionStatus>;
}

/** The OGRS score below which the evidence says people rarely benefit and may be harmed. */
export const ogrsThreshold = ogrsLowRiskThresholdPercent;

/** Whether to warn (never block) that a person with this OGRS score may not benefit. */
export function ogrsWarning(score: number | undefined): boolean {
  return score !== undefined && score < ogrsThreshold;
}

export const ogrsWarningText =
  "This person’s OGRS score is below 25%. The evidence says people at low risk of reoffending rarely benefit from interventions and may be harmed by them. You can still refer them.";
