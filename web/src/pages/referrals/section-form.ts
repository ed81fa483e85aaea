import * as z from "zod";
import type { Referral } from "#shared/referrals/referral.ts";
import { checkSection, type SectionContext, type SectionId } from "#shared/referrals/sections.ts";
import { londonDate } from "#shared/time/london.ts";
import { type FieldDef, type FormValue, type FormValues, toAnswers } from "./section-fields.ts";

/** A section's form: its answers as typed, and which button was pressed (`finished` for "Save and continue"). */
export type SectionValues = Record<string, FormValue | boolean>;

/** The answers of the form, without the button. */
export const answersOf = ({ finished: _finished, ...values }: SectionValues): FormValues =>
  values as FormValues;

/** What the section's checks need to know: today in London (by this browser's clock) and the draft's contract. */
export const sectionContextOf = (
  referral: Pick<Referral, "needAreaId" | "tiersOffered">,
  at: Date,
): SectionContext => ({
  today: londonDate(at),
  needAreaId: referral.needAreaId,
  tiersOffered: referral.tiersOffered,
});

/**
 * The section's request as the API checks it (`checkSection`, the shared rules the save route applies):
 * saved for later, only the answers given must be right; with "Save and continue", every question too.
 */
export const sectionRequestSchema = (section: SectionId, ctx: SectionContext) =>
  z.looseObject({ finished: z.boolean() }).superRefine(({ finished, ...answers }, issues) => {
    const result = checkSection(section, answers, ctx, finished);
    if (result.ok) return;
    for (const error of result.errors)
      issues.addIssue({
        code: "custom",
        path: error.path ? error.path.split(".") : [],
        message: error.message,
      });
  });

/** The form's values as the save request: the answers given (blanks left out) and the button pressed. */
export const sectionToRequest = (fields: FieldDef[]) => (values: SectionValues) => ({
  ...toAnswers(fields, answersOf(values)),
  finished: values.finished === true,
});
