import type { Referral } from "#shared/referrals/referral.ts";
import { ethnicityOptions, type SectionId, sexOptions } from "#shared/referrals/sections.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import type { DateParts } from "../../components/govuk/fields.ts";
import { isoDateToParts, parseWholeNumber, partsToIsoDate } from "../../forms/parse.ts";

/** One question of a referral section, as the generic section page draws it. */
export interface FieldDef {
  name: string;
  label: string;
  kind: "text" | "textarea" | "date" | "number" | "radios" | "select" | "checkboxes" | "yesno";
  hint?: string;
  items?: { value: string; text: string; hint?: string }[];
  width?: "3" | "10" | "20";
  /** Asked only when the other answers make it relevant. */
  showIf?: (values: FormValues) => boolean;
}

export type FormValue = string | string[] | DateParts;
export type FormValues = Record<string, FormValue>;

const opts = (list: readonly { id: string; name: string }[]) =>
  list.map((o) => ({ value: o.id, text: o.name }));

/** The questions of each section. */
export function sectionFields(section: SectionId, referral: Referral, reference: ReferenceData): FieldDef[] {
  switch (section) {
    case "person":
      return [
        {
          name: "crn",
          label: "Case reference number (CRN)",
          kind: "text",
          hint: "One letter and six digits, for example X123456",
          width: "10",
        },
        { name: "firstName", label: "First name", kind: "text", width: "20" },
        { name: "lastName", label: "Last name", kind: "text", width: "20" },
        { name: "dateOfBirth", label: "Date of birth", kind: "date", hint: "For example, 27 3 1990" },
        { name: "sex", label: "Sex", kind: "radios", items: opts(sexOptions) },
        { name: "ethnicity", label: "Ethnic group", kind: "radios", items: opts(ethnicityOptions) },
        { name: "firstLanguage", label: "First language", kind: "text", width: "20" },
        { name: "needsInterpreter", label: "Do they need an interpreter?", kind: "yesno" },
        {
          name: "interpreterLanguage",
          label: "Language the interpreter must speak",
          kind: "text",
          width: "20",
          showIf: (v) => v.needsInterpreter === "yes",
        },
        {
          name: "disabilities",
          label: "Disabilities and accessibility needs",
          kind: "textarea",
          hint: "Include anything the provider must arrange, such as step-free access. Write ‘None’ if there are none.",
        },
        {
          name: "religion",
          label: "Religion or belief",
          kind: "text",
          width: "20",
          hint: "Write ‘None’ if they have none",
        },
      ];
    case "sentence": {
      const custody = (v: FormValues) =>
        reference.sentenceTypes.some((t) => t.id === v.sentenceTypeId && t.custody);
      return [
        {
          name: "sentenceTypeId",
          label: "What sentence are they serving?",
          kind: "radios",
          items: opts(reference.sentenceTypes),
        },
        { name: "establishment", label: "Prison they are in", kind: "text", width: "20", showIf: custody },
        { name: "expectedReleaseDate", label: "Expected release date", kind: "date", showIf: custody },
      ];
    }
    case "risk":
      return [
        {
          name: "roshLevel",
          label: "Risk of serious harm",
          kind: "radios",
          items: opts(reference.riskLevels),
        },
        {
          name: "ogrsScore",
          label: "OGRS score (%)",
          kind: "number",
          hint: "A whole number from 0 to 100",
          width: "3",
        },
        {
          name: "riskSummary",
          label: "Risk summary for the provider",
          kind: "textarea",
          hint: "What the provider needs to know to keep staff and others safe",
        },
      ];
    case "needs":
      return [
        { name: "needs", label: "What are their needs?", kind: "textarea" },
        {
          name: "availability",
          label: "When can they attend?",
          kind: "text",
          hint: "For example, weekday mornings",
          width: "20",
        },
        {
          name: "responsibilities",
          label: "Caring or work responsibilities",
          kind: "textarea",
          hint: "Write ‘None’ if they have none",
        },
      ];
    case "intervention": {
      const area = reference.needAreas.find((n) => n.id === referral.needAreaId);
      return [
        {
          name: "tierId",
          label: "Complexity",
          kind: "radios",
          items: reference.complexityTiers
            .filter((t) => referral.tiersOffered.includes(t.id))
            .map((t) => ({ value: t.id, text: t.name, hint: t.summary })),
        },
        {
          name: "desiredOutcomes",
          label: "Desired outcomes",
          kind: "checkboxes",
          hint: "Select all that apply",
          items: (area?.desiredOutcomes ?? []).map((o) => ({ value: o, text: o })),
        },
      ];
    }
    case "requirement":
      return [
        {
          name: "enforceableDays",
          label: "Maximum enforceable days",
          kind: "number",
          hint: "For a rehabilitation activity requirement: from 1 to 40",
          width: "3",
        },
        {
          name: "completionDeadline",
          label: "Completion deadline",
          kind: "date",
          hint: "The date by which the intervention must be complete",
        },
      ];
    case "reason":
      return [{ name: "reason", label: "Why are you referring them?", kind: "textarea" }];
  }
}

/** Saved answers as form values. */
export function toFormValues(fields: FieldDef[], answers: Record<string, unknown>): FormValues {
  return Object.fromEntries(
    fields.map((f) => {
      const v = answers[f.name];
      switch (f.kind) {
        case "date":
          return [f.name, isoDateToParts(typeof v === "string" ? v : undefined)];
        case "checkboxes":
          return [f.name, Array.isArray(v) ? (v as string[]) : []];
        case "yesno":
          return [f.name, v === true ? "yes" : v === false ? "no" : ""];
        default:
          return [f.name, v === undefined ? "" : String(v)];
      }
    }),
  );
}

/**
 * Form values as the API's answers: blanks left out (so a partly done section saves), numbers and
 * dates converted, and a value that is not a number or a real date sent as typed for the API to name.
 */
export function toAnswers(fields: FieldDef[], values: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.showIf && !f.showIf(values)) continue;
    const v = values[f.name];
    if (f.kind === "date") {
      const iso = partsToIsoDate((v ?? {}) as DateParts);
      if (iso !== undefined) out[f.name] = iso ?? "not-a-date";
    } else if (f.kind === "number") {
      const n = parseWholeNumber(String(v ?? ""));
      if (n !== undefined) out[f.name] = Number.isNaN(n) ? String(v) : n;
    } else if (f.kind === "yesno") {
      if (v === "yes" || v === "no") out[f.name] = v === "yes";
    } else if (f.kind === "checkboxes") {
      if (Array.isArray(v) && v.length) out[f.name] = v;
    } else if (typeof v === "string" && v.trim() !== "") {
      out[f.name] = v;
    }
  }
  return out;
}

/** Where the error summary sends the reader for each field. */
export const fieldLinks = (fields: FieldDef[]) =>
  Object.fromEntries(fields.map((f) => [f.name, f.kind === "date" ? `#${f.name}-day` : `#${f.name}`]));
