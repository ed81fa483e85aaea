import { daysUsed, maxEnforceableDays } from "#shared/referrals/days-used.ts";
import type { StoredReferral } from "./stored.ts";

/** Why one more attended appointment cannot be recorded: every enforceable day is used. */
export const daysUsedUp = (r: StoredReferral): string =>
  `All ${maxEnforceableDays(r)} maximum enforceable days are used (${daysUsed(r)} attended). Record this appointment as not attended, or ask the responsible officer to amend the maximum enforceable days.`;
