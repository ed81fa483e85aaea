import type { Referral } from "#shared/referrals/referral.ts";
import { ethnicityOptions, type SectionId, sexOptions } from "#shared/referrals/sections.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import type { SummaryListRow } from "../../components/govuk/index.ts";
import { formatDate } from "../../format/format.ts";

const nameOf = (list: readonly { id: string; name: string }[], id: unknown) =>
  list.find((item) => item.id === id)?.name ?? (id === undefined ? "Not answered" : String(id));
const textOf = (value: unknown) =>
  value === undefined || value === ""
    ? "Not answered"
    : typeof value === "boolean"
      ? value
        ? "Yes"
        : "No"
      : String(value);
const dateOf = (value: unknown) => (typeof value === "string" ? formatDate(value) : "Not answered");

/** The answers of one section as summary-list rows (with Change links when `changeHref` is given). */
export function answerRows(
  referral: Referral,
  section: SectionId,
  reference: ReferenceData,
  changeHref?: string,
): SummaryListRow[] {
  const a = referral.answers[section] ?? {};
  const rows: [string, string, string][] = (() => {
    switch (section) {
      case "person":
        return [
          ["CRN", textOf(a.crn), "CRN"],
          ["Name", [a.firstName, a.lastName].filter(Boolean).join(" ") || "Not answered", "name"],
          ["Date of birth", dateOf(a.dateOfBirth), "date of birth"],
          ["Sex", nameOf(sexOptions, a.sex), "sex"],
          ["Ethnic group", nameOf(ethnicityOptions, a.ethnicity), "ethnic group"],
          ["First language", textOf(a.firstLanguage), "first language"],
          [
            "Needs an interpreter",
            a.needsInterpreter === true
              ? `Yes – ${textOf(a.interpreterLanguage)}`
              : textOf(a.needsInterpreter),
            "interpreter",
          ],
          ["Disabilities and accessibility needs", textOf(a.disabilities), "disabilities"],
          ["Religion or belief", textOf(a.religion), "religion or belief"],
        ];
      case "sentence": {
        const type = reference.sentenceTypes.find((t) => t.id === a.sentenceTypeId);
        return [
          ["Sentence", nameOf(reference.sentenceTypes, a.sentenceTypeId), "sentence"],
          ...(type?.custody
            ? ([
                ["Prison", textOf(a.establishment), "prison"],
                ["Expected release date", dateOf(a.expectedReleaseDate), "expected release date"],
              ] as [string, string, string][])
            : []),
        ];
      }
      case "risk":
        return [
          ["Risk of serious harm", nameOf(reference.riskLevels, a.roshLevel), "risk of serious harm"],
          [
            "OGRS score",
            a.ogrsScore === undefined ? "Not answered" : `${String(a.ogrsScore)}%`,
            "OGRS score",
          ],
          ["Risk summary", textOf(a.riskSummary), "risk summary"],
        ];
      case "needs":
        return [
          ["Needs", textOf(a.needs), "needs"],
          ["When they can attend", textOf(a.availability), "availability"],
          ["Caring or work responsibilities", textOf(a.responsibilities), "responsibilities"],
        ];
      case "intervention":
        return [
          [
            "Need area",
            reference.needAreas.find((n) => n.id === referral.needAreaId)?.name ?? referral.needAreaId,
            "need area",
          ],
          ["Complexity", nameOf(reference.complexityTiers, a.tierId), "complexity"],
          [
            "Desired outcomes",
            Array.isArray(a.desiredOutcomes) && a.desiredOutcomes.length
              ? a.desiredOutcomes.join("; ")
              : "Not answered",
            "desired outcomes",
          ],
        ];
      case "requirement":
        return [
          ["Maximum enforceable days", textOf(a.enforceableDays), "enforceable days"],
          ["Completion deadline", dateOf(a.completionDeadline), "completion deadline"],
        ];
      case "reason":
        return [["Reason for referral", textOf(a.reason), "reason"]];
    }
  })();
  return rows.map(([key, value, hidden]) => ({
    key,
    value,
    ...(changeHref ? { action: { href: changeHref, text: "Change", visuallyHiddenText: hidden } } : {}),
  }));
}
