import { findOffice, referenceData } from "#shared/reference/index.ts";
import type { AmendmentGroup } from "#shared/referrals/amendments.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import type { DateParts } from "../../components/govuk/fields.ts";
import { isoDateToParts, numberInput, parseWholeNumber, partsToIsoDate } from "../../forms/parse.ts";

/** Every amendment field as typed (one page shows only its group's), with the reason for the change. */
export interface AmendValues {
  desiredOutcomes: string[];
  tierId: string | undefined;
  text: string;
  disabilities: string;
  needsInterpreter: string | undefined;
  interpreterLanguage: string;
  responsibilities: string;
  expectedReleaseDate: DateParts;
  establishment: string;
  officeId: string | undefined;
  email: string;
  phone: string;
  enforceableDays: string;
  completionDeadline: DateParts;
  reason: string;
}

const str = (v: unknown) => (typeof v === "string" ? v : "");

/** The form filled with what the referral says now. */
export const amendDefaults = (r: Referral): AmendValues => {
  const a = r.answers;
  const needs = a.person?.needsInterpreter;
  return {
    desiredOutcomes: (a.intervention?.desiredOutcomes as string[] | undefined) ?? [],
    tierId: r.tierId,
    text: str(a.reason?.reason),
    disabilities: str(a.person?.disabilities),
    needsInterpreter: needs === true ? "yes" : needs === false ? "no" : undefined,
    interpreterLanguage: str(a.person?.interpreterLanguage),
    responsibilities: str(a.needs?.responsibilities),
    expectedReleaseDate: isoDateToParts(str(a.sentence?.expectedReleaseDate) || undefined),
    establishment: str(a.sentence?.establishment),
    officeId: r.officeId,
    email: r.officerContact?.email ?? "",
    phone: r.officerContact?.phone ?? "",
    enforceableDays: numberInput(a.requirement?.enforceableDays as number | undefined),
    completionDeadline: isoDateToParts(str(a.requirement?.completionDeadline) || undefined),
    reason: "",
  };
};

// What cannot be read as typed is kept, so the shared schema words the error.
const dateOf = (parts: DateParts) =>
  partsToIsoDate(parts) ?? (partsToIsoDate(parts) === null ? "not a date" : undefined);

/** The request for one group (without `version`, which the page adds). */
export const amendRequest = (group: AmendmentGroup, v: AmendValues): Record<string, unknown> => {
  const values: Record<AmendmentGroup, Record<string, unknown>> = {
    "desired-outcomes": { desiredOutcomes: v.desiredOutcomes },
    "complexity-tier": { tierId: v.tierId },
    reason: { text: v.text },
    accessibility: { disabilities: v.disabilities },
    interpreter: {
      needsInterpreter: v.needsInterpreter === undefined ? undefined : v.needsInterpreter === "yes",
      ...(v.needsInterpreter === "yes" ? { interpreterLanguage: v.interpreterLanguage } : {}),
    },
    responsibilities: { responsibilities: v.responsibilities },
    release: { expectedReleaseDate: dateOf(v.expectedReleaseDate), establishment: v.establishment },
    "probation-office": { officeId: v.officeId },
    "officer-contact": { email: v.email.trim(), ...(v.phone.trim() ? { phone: v.phone } : {}) },
    "enforceable-days": { enforceableDays: parseWholeNumber(v.enforceableDays) ?? v.enforceableDays },
    "completion-deadline": { completionDeadline: dateOf(v.completionDeadline) },
  };
  return { group, ...values[group], reason: v.reason };
};

/** The fields of each group's page, in page order (by request path, with their element ids). */
export const amendFields: Record<AmendmentGroup, Record<string, string>> = {
  "desired-outcomes": { desiredOutcomes: "#desiredOutcomes" },
  "complexity-tier": { tierId: "#tierId" },
  reason: { text: "#text" },
  accessibility: { disabilities: "#disabilities" },
  interpreter: { needsInterpreter: "#needsInterpreter", interpreterLanguage: "#interpreterLanguage" },
  responsibilities: { responsibilities: "#responsibilities" },
  release: { expectedReleaseDate: "#expectedReleaseDate-day", establishment: "#establishment" },
  "probation-office": { officeId: "#officeId" },
  "officer-contact": { email: "#email", phone: "#phone" },
  "enforceable-days": { enforceableDays: "#enforceableDays" },
  "completion-deadline": { completionDeadline: "#completionDeadline-day" },
};

const longDate = (iso: unknown) =>
  typeof iso === "string" && /^\d{4}-\d{2}-\d{2}$/.test(iso)
    ? new Date(`${iso}T12:00:00Z`).toLocaleDateString("en-GB", {
        day: "numeric",
        month: "long",
        year: "numeric",
      })
    : "Not given";

/** The new values of a group as the check-answers page lists them: label and value. */
export const amendSummary = (group: AmendmentGroup, request: Record<string, unknown>): [string, string][] => {
  switch (group) {
    case "desired-outcomes":
      return [["Desired outcomes", (request.desiredOutcomes as string[]).join("; ")]];
    case "complexity-tier":
      return [
        ["Complexity tier", referenceData.complexityTiers.find((t) => t.id === request.tierId)?.name ?? ""],
      ];
    case "reason":
      return [["Reason for referral", String(request.text)]];
    case "accessibility":
      return [["Disabilities and accessibility needs", String(request.disabilities)]];
    case "interpreter":
      return [
        ["Needs an interpreter", request.needsInterpreter ? "Yes" : "No"],
        ...(request.needsInterpreter
          ? [["Language", String(request.interpreterLanguage)] as [string, string]]
          : []),
      ];
    case "responsibilities":
      return [["Employment and caring responsibilities", String(request.responsibilities)]];
    case "release":
      return [
        ["Expected release date", longDate(request.expectedReleaseDate)],
        ["Establishment", String(request.establishment)],
      ];
    case "probation-office":
      return [["Probation office", findOffice(String(request.officeId))?.name ?? ""]];
    case "officer-contact":
      return [
        ["Email address", String(request.email)],
        ["Phone number", request.phone ? String(request.phone) : "Not given"],
      ];
    case "enforceable-days":
      return [["Maximum enforceable days", String(request.enforceableDays)]];
    case "completion-deadline":
      return [["Completion deadline", longDate(request.completionDeadline)]];
  }
};

/** Where a group's amendment is typed, checked and confirmed. */
export const amendPath = (referralId: string, group: AmendmentGroup, step: "" | "/check" | "/done" = "") =>
  `/referrals/${referralId}/amend/${group}${step}`;

/** The tab's draft of one group's amendment. */
export const amendDraftKey = (referralId: string, group: AmendmentGroup) => `amend-${referralId}-${group}`;
