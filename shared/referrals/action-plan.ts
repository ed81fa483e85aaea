import * as z from "zod";
/**
 * How far an action plan may go beyond the sessions the contract's intervention states for its tier:
 * a quarter more (at least one), so a caseworker can respond to need without turning a 4-session
 * intervention into a 99-session one. See docs/adr/0016-action-plan-session-tolerance.md.
 */
export const planSessionTolerance = (contracted: number): number => Math.max(1, Math.ceil(contracted * 0.25));

/** The most sessions an action plan may have for an intervention that states `contracted` sessions. */
export const maxPlanSessions = (contracted: number): number => contracted + planSessionTolerance(contracted);

/** The limit as a person reads it, e.g. "up to 5 sessions (4 contracted, plus up to 1 more)". */
export const planSessionLimitText = (contracted: number): string =>
  `up to ${maxPlanSessions(contracted)} sessions (the intervention states ${contracted}, plus up to ${planSessionTolerance(contracted)} more where the person needs them)`;

/** Working days the responsible officer has to approve an action plan or ask for changes. */
export const planApprovalWorkingDays = 5;

/** Where a version of an action plan stands with the responsible officer. */
export const planStatusSchema = z.enum(["awaiting-approval", "approved", "changes-requested"]);
export type PlanStatus = z.infer<typeof planStatusSchema>;
export const planStatusLabels: Record<PlanStatus, string> = {
  "awaiting-approval": "Waiting for approval",
  approved: "Approved",
  "changes-requested": "Changes asked for",
};

/** The officer's decision on one version of the action plan; asking for changes says which. */
export const actionPlanReviewInputSchema = z
  .object({
    planVersion: z
      .number({ message: "Reload the action plan: that version of it is not known" })
      .int("Reload the action plan: that version of it is not known")
      .min(1, "Reload the action plan: that version of it is not known")
      .max(1000, "Reload the action plan: that version of it is not known"),
    decision: z.enum(["approve", "request-changes"], {
      message: "Select whether to approve the action plan or ask for changes",
    }),
    comments: z
      .string({ message: "Enter your comments as text" })
      .trim()
      .max(2000, "Comments must be 2,000 characters or fewer")
      .optional()
      .transform((v) => (v === "" ? undefined : v)),
    version: z.number({ message: "Reload the referral and try again" }).int(),
  })
  .superRefine((review, ctx) => {
    if (review.decision === "request-changes" && !review.comments)
      ctx.addIssue({ code: "custom", path: ["comments"], message: "Enter the changes you are asking for" });
  });
