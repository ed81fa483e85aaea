import { ogrsWarning, type SectionId } from "#shared/referrals/sections.ts";
import type { FieldDef, FormValues } from "./section-fields.ts";

/** The questions to ask now: those whose condition the other answers meet. */
export const visibleFields = (fields: FieldDef[], values: FormValues): FieldDef[] =>
  fields.filter((f) => !f.showIf || f.showIf(values));

/** Warn (never block) on the risk section once a low OGRS score is typed. */
export function showsOgrsWarning(section: SectionId, values: FormValues): boolean {
  if (section !== "risk") return false;
  const typed = String(values.ogrsScore ?? "").trim();
  if (typed === "") return false;
  const score = Number(typed);
  return ogrsWarning(Number.isNaN(score) ? undefined : score);
}
