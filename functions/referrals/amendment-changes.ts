import { findNeedArea, findOffice, officesOf } from "#shared/reference/index.ts";
import { complexityTiers } from "#shared/reference/complexity-tiers.ts";
import { sentenceTypes } from "#shared/reference/sentence-types.ts";
import type { AmendmentInput } from "#shared/referrals/amendments.ts";
import { daysUsed } from "#shared/referrals/days-used.ts";
import { londonDate } from "#shared/time/index.ts";
import { invalid, ruleBroken } from "../platform/http/problems.ts";
import type { StoredReferral } from "./stored.ts";

/** One field an amendment changes, as the changelog shows it. */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

const none = "Not given";
const yesNo = (v: unknown) => (v === true ? "Yes" : v === false ? "No" : none);
const words = (v: unknown) => (typeof v === "string" && v ? v : typeof v === "number" ? String(v) : none);
const day = (v: unknown) =>
  typeof v === "string" && v
    ? new Date(`${v}T12:00:00Z`).toLocaleDateString("en-GB", {
        day: "numeric",
        month: "long",
        year: "numeric",
      })
    : none;
const tierName = (id: unknown) => complexityTiers.find((t) => t.id === id)?.name ?? words(id);
const officeName = (id: unknown) => (typeof id === "string" ? (findOffice(id)?.name ?? id) : none);

/** The fields that differ, in the form's order. */
const diff = (pairs: [string, string, string][]): FieldChange[] =>
  pairs.filter(([, from, to]) => from !== to).map(([field, from, to]) => ({ field, from, to }));

type Answers = StoredReferral["answers"];

/**
 * The referral after an amendment, and the fields it changed; throws 400 for a value the referral
 * cannot take and 422 for a rule the change would break. `today` is London's date.
 */
export const applyAmendment = (
  r: StoredReferral,
  a: AmendmentInput,
  today: string,
): { next: StoredReferral; changes: FieldChange[] } => {
  const answers: Answers = r.answers;
  const set = <K extends keyof Answers>(section: K, values: Record<string, unknown>): Answers => ({
    ...answers,
    [section]: { ...(answers[section] ?? {}), ...values },
  });
  switch (a.group) {
    case "desired-outcomes": {
      const listed = findNeedArea(r.needAreaId)?.desiredOutcomes ?? [];
      const unique = [...new Set(a.desiredOutcomes)];
      if (unique.some((o) => !listed.includes(o)))
        throw invalid([{ path: "desiredOutcomes", message: "Select desired outcomes from the list" }]);
      const before = (answers.intervention?.desiredOutcomes as string[] | undefined) ?? [];
      return {
        next: { ...r, answers: set("intervention", { desiredOutcomes: unique }) },
        changes: diff([["Desired outcomes", before.join("; ") || none, unique.join("; ")]]),
      };
    }
    case "complexity-tier":
      if (!r.tiersOffered.includes(a.tierId))
        throw invalid([{ path: "tierId", message: "Select a complexity tier the contract offers" }]);
      return {
        next: { ...r, tierId: a.tierId, answers: set("intervention", { tierId: a.tierId }) },
        changes: diff([["Complexity tier", tierName(r.tierId), tierName(a.tierId)]]),
      };
    case "reason":
      return {
        next: { ...r, answers: set("reason", { reason: a.text }) },
        changes: diff([["Reason for referral", words(answers.reason?.reason), a.text]]),
      };
    case "accessibility":
      return {
        next: { ...r, answers: set("person", { disabilities: a.disabilities }) },
        changes: diff([
          ["Disabilities and accessibility needs", words(answers.person?.disabilities), a.disabilities],
        ]),
      };
    case "interpreter": {
      if (a.needsInterpreter && !a.interpreterLanguage)
        throw invalid([
          { path: "interpreterLanguage", message: "Enter the language the interpreter must speak" },
        ]);
      const language = a.needsInterpreter ? a.interpreterLanguage : undefined;
      const { interpreterLanguage: _old, ...person } = answers.person ?? {};
      return {
        next: {
          ...r,
          answers: {
            ...answers,
            person: {
              ...person,
              needsInterpreter: a.needsInterpreter,
              ...(language ? { interpreterLanguage: language } : {}),
            },
          },
        },
        changes: diff([
          ["Needs an interpreter", yesNo(answers.person?.needsInterpreter), yesNo(a.needsInterpreter)],
          ["Interpreter’s language", words(answers.person?.interpreterLanguage), words(language)],
        ]),
      };
    }
    case "responsibilities":
      return {
        next: { ...r, answers: set("needs", { responsibilities: a.responsibilities }) },
        changes: diff([
          [
            "Employment and caring responsibilities",
            words(answers.needs?.responsibilities),
            a.responsibilities,
          ],
        ]),
      };
    case "release": {
      const type = sentenceTypes.find((t) => t.id === answers.sentence?.sentenceTypeId);
      if (!type?.custody)
        throw ruleBroken(
          "The person is not in custody on this referral, so it has no release details to change.",
        );
      if (a.expectedReleaseDate <= today)
        throw invalid([
          { path: "expectedReleaseDate", message: "The expected release date must be in the future" },
        ]);
      return {
        next: {
          ...r,
          answers: set("sentence", {
            expectedReleaseDate: a.expectedReleaseDate,
            establishment: a.establishment,
          }),
        },
        changes: diff([
          ["Expected release date", day(answers.sentence?.expectedReleaseDate), day(a.expectedReleaseDate)],
          ["Establishment", words(answers.sentence?.establishment), a.establishment],
        ]),
      };
    }
    case "probation-office":
      if (!officesOf(r.pdu).some((o) => o.id === a.officeId))
        throw invalid([
          { path: "officeId", message: "Select one of your delivery unit’s probation offices" },
        ]);
      return {
        next: { ...r, officeId: a.officeId },
        changes: diff([["Probation office", officeName(r.officeId), officeName(a.officeId)]]),
      };
    case "officer-contact":
      return {
        next: {
          ...r,
          officerEmail: a.email,
          officerContact: { email: a.email, ...(a.phone ? { phone: a.phone } : {}) },
        },
        changes: diff([
          ["Officer’s email address", words(r.officerContact?.email), a.email],
          ["Officer’s phone number", words(r.officerContact?.phone), words(a.phone)],
        ]),
      };
    case "enforceable-days": {
      const used = daysUsed(r);
      if (a.enforceableDays < used)
        throw ruleBroken(
          `The maximum enforceable days cannot be less than the ${used} ${used === 1 ? "day" : "days"} already used. Enter ${used} or more.`,
          "below-days-used",
        );
      return {
        next: { ...r, answers: set("requirement", { enforceableDays: a.enforceableDays }) },
        changes: diff([
          [
            "Maximum enforceable days",
            words(answers.requirement?.enforceableDays),
            String(a.enforceableDays),
          ],
        ]),
      };
    }
    case "completion-deadline":
      if (a.completionDeadline <= today)
        throw invalid([
          { path: "completionDeadline", message: "The completion deadline must be in the future" },
        ]);
      return {
        next: { ...r, answers: set("requirement", { completionDeadline: a.completionDeadline }) },
        changes: diff([
          ["Completion deadline", day(answers.requirement?.completionDeadline), day(a.completionDeadline)],
        ]),
      };
  }
};

/** London's date today, for the amendment's date checks. */
export const todayIn = (at: Date) => londonDate(at);
