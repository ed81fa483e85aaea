import * as z from "zod";

/** A calendar month, Europe/London, as `YYYY-MM`; its messages name the field ("the from month"). */
export const monthField = (what: string) =>
  z
    .string({ message: `Enter the ${what} as YYYY-MM, for example 2026-04` })
    .max(7, `Enter the ${what} as YYYY-MM, for example 2026-04`)
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, `Enter the ${what} as YYYY-MM, for example 2026-04`);

/** A calendar month, Europe/London, as `YYYY-MM`. */
export const monthSchema = monthField("month");

/** The longest range one dashboard shows. */
export const maxDashboardMonths = 36;

const choice = (message: string) => z.string({ message }).min(1, message).max(64, message);

/** Dashboard filters; every one is optional and the range defaults to the last 12 months. */
export const dashboardQuerySchema = z.object({
  regionId: choice("Select a region from the list").optional(),
  organisationId: choice("Select an organisation from the list").optional(),
  needAreaId: choice("Select a need area from the list").optional(),
  contractId: choice("Select a contract from the list").optional(),
  from: monthField("from month").optional(),
  to: monthField("to month").optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const option = z.object({ id: z.string(), name: z.string() });
const percent = z.number().min(0).max(100).optional();

/** Working days from the referral being sent to a step, over the referrals that reached it. */
export const durationSummarySchema = z.object({
  count: z.number().int(),
  medianDays: z.number().int().optional(),
  p90Days: z.number().int().optional(),
  /** True when the median or 90th percentile is the "60 or more" bucket. */
  capped: z.boolean(),
  slaDays: z.number().int(),
  withinSla: z.number().int(),
  withinSlaPercent: percent,
});
export type DurationSummary = z.infer<typeof durationSummarySchema>;

export const dashboardContractSchema = z.object({
  id: z.string(),
  reference: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  needAreaId: z.string(),
  regionIds: z.array(z.string()),
  capacityPerYear: z.number().int(),
  startDate: z.iso.date(),
  endDate: z.iso.date(),
});
export type DashboardContract = z.infer<typeof dashboardContractSchema>;

/** One month's row of the "by month" table and chart. */
export const dashboardMonthSchema = z.object({
  month: monthSchema,
  received: z.number().int(),
  assigned: z.number().int(),
  completed: z.number().int(),
  withdrawn: z.number().int(),
  sessionsAttended: z.number().int(),
  sessionsMissed: z.number().int(),
});

/** A figure a target can be set against (seed 003), as measured over the dashboard's filters. */
export const dashboardMeasureSchema = z.object({
  id: z.string(),
  measure: z.string(),
  needAreaId: z.string().optional(),
  numerator: z.number().int(),
  denominator: z.number().int(),
  percent,
});

/** Everything one dashboard page shows; aggregates only, never a person. */
export const dashboardSchema = z.object({
  /** What the filters may choose from: the caller's regions, and the providers, need areas and contracts in them. */
  options: z.object({
    regions: z.array(option),
    providers: z.array(option),
    needAreas: z.array(option),
    contracts: z.array(dashboardContractSchema),
  }),
  applied: dashboardQuerySchema.required({ from: true, to: true }),
  months: z.array(dashboardMonthSchema),
  totals: z.object({
    received: z.number().int(),
    assigned: z.number().int(),
    assignedPercent: percent,
    firstContact: durationSummarySchema,
    assessment: durationSummarySchema,
    attendance: z.object({
      attended: z.number().int(),
      late: z.number().int(),
      missed: z.number().int(),
      recorded: z.number().int(),
      /** Attended or late, of every session with attendance recorded. */
      ratePercent: percent,
    }),
    completion: z.object({
      completed: z.number().int(),
      withdrawn: z.number().int(),
      ended: z.number().int(),
      /** Completed, of every referral that ended in the range. */
      ratePercent: percent,
    }),
    concerns: z.number().int(),
  }),
  withdrawalsByReason: z.array(
    z.object({ reasonId: z.string(), reason: z.string(), count: z.number().int() }),
  ),
  outcomesByNeedArea: z.array(
    z.object({
      needAreaId: z.string(),
      needArea: z.string(),
      achieved: z.number().int(),
      partiallyAchieved: z.number().int(),
      notAchieved: z.number().int(),
    }),
  ),
  capacity: z.array(
    z.object({
      contractId: z.string(),
      reference: z.string(),
      organisationName: z.string(),
      /** Capacity a year, pro rata for the months of the range the contract runs in. */
      contracted: z.number().int(),
      used: z.number().int(),
      usedPercent: z.number().min(0).optional(),
    }),
  ),
  measures: z.array(dashboardMeasureSchema),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
