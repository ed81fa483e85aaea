import * as z from "zod";
import { pageSchema } from "../common/pagination.ts";
import { planStatusSchema } from "./action-plan.ts";
import { tierIdSchema } from "../reference/schema.ts";
import {
  absenceReasonSchema,
  achievementSchema,
  appointmentSchema,
  attendanceSchema,
  contactMethodSchema,
  requestedBySchema,
} from "./delivery.ts";
import { sectionIdSchema } from "./sections.ts";
import { referralStatusSchema } from "./status.ts";
import { restrictionSchema } from "./restriction.ts";

const person = z.object({ userId: z.string(), name: z.string() });
const at = z.iso.datetime();

export const slaClockSchema = z.object({
  id: z.enum(["firstContact", "initialAssessment", "actionPlan", "endOfServiceReport"]),
  label: z.string(),
  dueAt: at,
  metAt: at.optional(),
  overdue: z.boolean(),
});

export const actionPlanSchema = z.object({
  version: z.number().int(),
  activities: z.array(z.string()),
  sessions: z.number().int(),
  submittedAt: at,
  submittedBy: person,
  status: planStatusSchema,
  /** The officer approves or asks for changes within 5 working days of submission. */
  approvalDueAt: at,
  approvedAt: at.optional(),
  review: z
    .object({
      decision: z.enum(["approve", "request-changes"]),
      comments: z.string().optional(),
      at,
      by: person,
    })
    .optional(),
  /** Worked out when read: still waiting for the officer after the due time. */
  approvalOverdue: z.boolean().optional(),
});
export type ActionPlan = z.infer<typeof actionPlanSchema>;

export const sessionFeedbackSchema = z.object({
  attendance: attendanceSchema,
  absenceReason: absenceReasonSchema.optional(),
  whatHappened: z.string().optional(),
  behaviour: z.string().optional(),
  concerns: z.string().optional(),
  notifyOfficer: z.boolean(),
  recordedAt: at,
  recordedBy: person,
  /** When the officer marked a concern seen (item 7): until then it is highlighted on their dashboard. */
  seenByOfficer: z.object({ at, by: person }).optional(),
});

/** An earlier booking of an appointment, with who asked to change it and why. */
export const appointmentChangeSchema = z.object({
  previous: appointmentSchema,
  requestedBy: requestedBySchema,
  reason: z.string(),
  changedAt: at,
});

export const deliverySessionSchema = appointmentSchema.extend({
  number: z.number().int(),
  feedback: sessionFeedbackSchema.optional(),
  changes: z.array(appointmentChangeSchema).optional(),
});
export type DeliverySession = z.infer<typeof deliverySessionSchema>;

export const assessmentSchema = z.object({
  appointment: appointmentSchema.optional(),
  /** Every earlier booking, with who asked to change it and why. */
  changes: z.array(appointmentChangeSchema),
  outcome: z
    .object({
      attendance: attendanceSchema,
      notes: z.string().optional(),
      recordedAt: at,
      recordedBy: person,
    })
    .optional(),
  completedAt: at.optional(),
});

export const endOfServiceReportSchema = z.object({
  outcomes: z.array(z.object({ outcome: z.string(), achievement: achievementSchema, progress: z.string() })),
  furtherWork: z.string(),
  submittedAt: at,
  submittedBy: person,
});

/** A referral as its officer (and their PDU) and its provider see it. */
export const referralSchema = z.object({
  id: z.string(),
  reference: z.string().optional(),
  status: referralStatusSchema,
  interventionId: z.string(),
  interventionTitle: z.string(),
  contractId: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  needAreaId: z.string(),
  tierId: tierIdSchema,
  tiersOffered: z.array(tierIdSchema),
  officer: person,
  pdu: z.string(),
  answers: z.partialRecord(sectionIdSchema, z.record(z.string(), z.unknown())),
  sectionStatuses: z.record(sectionIdSchema, z.enum(["not-started", "in-progress", "completed"])),
  ogrsWarning: z.boolean(),
  createdAt: at,
  updatedAt: at,
  sentAt: at.optional(),
  caseworker: person.optional(),
  firstContact: z
    .object({
      contactedAt: at,
      method: contactMethodSchema,
      notes: z.string().optional(),
      recordedBy: person,
    })
    .optional(),
  assessment: assessmentSchema.optional(),
  actionPlans: z.array(actionPlanSchema),
  sessions: z.array(deliverySessionSchema),
  endOfServiceReport: endOfServiceReportSchema.optional(),
  withdrawal: z.object({ reasonId: z.string(), notes: z.string().optional(), at, by: person }).optional(),
  completedAt: at.optional(),
  sla: z.array(slaClockSchema),
  /** Sessions whose feedback raised a concern for the responsible officer. */
  concernCount: z.number().int(),
  /** Concerns the officer has not yet marked seen. */
  unseenConcerns: z.number().int().optional(),
  /** The probation office the referral is managed from (one of the PDU's), when the officer gave one. */
  officeId: z.string().optional(),
  /** How the provider reaches the responsible officer, when the officer gave it. */
  officerContact: z.object({ email: z.string().optional(), phone: z.string().optional() }).optional(),
  /** The contract's price for the referral's tier, as the provider is paid. */
  pricePerReferralPence: z.number().int().optional(),
  /** Attended appointments, each a day used of the requirement (seed 001). */
  daysUsed: z.number().int(),
  /** The maximum enforceable days of the requirement, as the officer set (or amended) it. */
  maxEnforceableDays: z.number().int().optional(),
  /** Set when the person is restricted: only those it names may see the referral (item 5). */
  restriction: restrictionSchema.optional(),
  version: z.number().int(),
});
export type Referral = z.infer<typeof referralSchema>;

/** One line of a list of referrals. */
export const referralSummarySchema = z.object({
  id: z.string(),
  reference: z.string().optional(),
  status: referralStatusSchema,
  personName: z.string(),
  crn: z.string().optional(),
  needAreaId: z.string(),
  tierId: tierIdSchema,
  organisationName: z.string(),
  officerName: z.string(),
  caseworkerName: z.string().optional(),
  createdAt: at,
  updatedAt: at,
  sentAt: at.optional(),
  nextDueAt: at.optional(),
  overdue: z.boolean(),
  /** When a plan waits for the officer's approval: when approval is due (5 working days), and whether it is late. */
  approvalDueAt: at.optional(),
  approvalOverdue: z.boolean().optional(),
  concernCount: z.number().int(),
  /** Concerns the officer has not yet marked seen (highlighted on their dashboard). */
  unseenConcerns: z.number().int().optional(),
  /** The person is restricted (shown only to those allowed to see it). */
  restricted: z.boolean().optional(),
});
export type ReferralSummary = z.infer<typeof referralSummarySchema>;
export const referralPageSchema = pageSchema(referralSummarySchema);

export const inboxTabSchema = z.enum(["unassigned", "mine", "open", "completed", "withdrawn"], {
  message: "Select new, mine, open, completed or withdrawn referrals",
});
export type InboxTab = z.infer<typeof inboxTabSchema>;
export const inboxTabLabels: Record<InboxTab, string> = {
  unassigned: "New (unassigned)",
  mine: "My cases",
  open: "All open",
  completed: "Completed",
  withdrawn: "Withdrawn",
};

/** A case note either side wrote. */
export const caseNoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  at,
  author: person.extend({ role: z.enum(["provider", "responsible-officer"]), organisationName: z.string() }),
});
export type CaseNote = z.infer<typeof caseNoteSchema>;

/** One entry of a referral's timeline: what happened, who did it and when (no personal data). */
export const timelineEntrySchema = z.object({
  id: z.string(),
  action: z.string(),
  at,
  actor: z.object({ name: z.string(), role: z.string() }),
  fromState: z.string().optional(),
  toState: z.string().optional(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

export const caseworkerSchema = z.object({ userId: z.string(), name: z.string() });
