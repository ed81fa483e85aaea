import type { Referral, ReferralSummary } from "#shared/referrals/referral.ts";
import {
  type DraftAnswers,
  ogrsWarning,
  type SectionContext,
  sectionStatuses,
} from "#shared/referrals/sections.ts";
import { type SlaFacts, slaClocks } from "#shared/referrals/sla.ts";
import { daysUsed, maxEnforceableDays } from "#shared/referrals/days-used.ts";
import { isOpen } from "#shared/referrals/status.ts";
import { londonDate } from "#shared/time/index.ts";

/** A referral as stored: what the API returns without the parts worked out when it is read. */
export type StoredReferral = Omit<
  Referral,
  | "sectionStatuses"
  | "ogrsWarning"
  | "sla"
  | "concernCount"
  | "unseenConcerns"
  | "daysUsed"
  | "maxEnforceableDays"
> & {
  /** For the e-mail that tells the officer about a concern; never shown. */
  officerEmail?: string;
};

/** The date-dependent checks of a referral's sections, as of `at`. */
export const sectionContext = (r: StoredReferral, at: Date): SectionContext => ({
  today: londonDate(at),
  needAreaId: r.needAreaId,
  tiersOffered: r.tiersOffered,
});

/** The plan in force: the latest version the officer approved (sessions are booked against it). */
export const currentPlan = (r: StoredReferral) => r.actionPlans.findLast((p) => p.status === "approved");

/**
 * When the last session happened: once every session of the current plan has its attendance
 * recorded, the latest of their times (the end-of-service report clock starts there).
 */
export const lastSessionAt = (r: StoredReferral): string | undefined => {
  const plan = currentPlan(r);
  const recorded = r.sessions.filter((s) => s.feedback);
  if (!plan || recorded.length < plan.sessions) return undefined;
  return recorded
    .map((s) => s.at)
    .sort()
    .at(-1);
};

/** When the plan waiting for the officer's approval is due to be approved, if one is waiting. */
export const planApprovalDueAt = (r: Pick<StoredReferral, "actionPlans">): string | undefined =>
  r.actionPlans.findLast((p) => p.status === "awaiting-approval")?.approvalDueAt;

/** The moments the SLA clocks start and stop at. */
export const slaFacts = (r: StoredReferral): SlaFacts => ({
  sentAt: r.sentAt,
  firstContactAt: r.firstContact?.contactedAt,
  assessmentCompletedAt: r.assessment?.completedAt,
  actionPlanSubmittedAt: r.actionPlans[0]?.submittedAt,
  lastSessionAt: lastSessionAt(r),
  endOfServiceReportAt: r.endOfServiceReport?.submittedAt,
});

const concerns = (r: StoredReferral) => r.sessions.filter((s) => s.feedback?.notifyOfficer).length;
const unseen = (r: StoredReferral) =>
  r.sessions.filter((s) => s.feedback?.notifyOfficer && !s.feedback.seenByOfficer).length;

/** Clocks stop mattering once the referral is closed: nothing is overdue on a closed referral. */
const clocksFor = (r: StoredReferral, at: Date) =>
  r.status === "sent" || r.status === "in-progress"
    ? slaClocks(slaFacts(r), at)
    : slaClocks(slaFacts(r), new Date(0));

/** The referral as the API returns it, as of `at`. */
export const present = (r: StoredReferral, at: Date): Referral => {
  const { officerEmail: _e, ...rest } = r;
  return {
    ...rest,
    sectionStatuses: sectionStatuses(r.answers as DraftAnswers, sectionContext(r, at)),
    ogrsWarning: ogrsWarning(r.answers.risk?.ogrsScore as number | undefined),
    sla: clocksFor(r, at),
    concernCount: concerns(r),
    unseenConcerns: unseen(r),
    actionPlans: r.actionPlans.map((p) =>
      p.status === "awaiting-approval"
        ? { ...p, approvalOverdue: isOpen(r.status) && at.getTime() > Date.parse(p.approvalDueAt) }
        : p,
    ),
    daysUsed: daysUsed(r),
    ...(maxEnforceableDays(r) !== undefined ? { maxEnforceableDays: maxEnforceableDays(r)! } : {}),
  };
};

/**
 * The earliest open clock's due time and whether any open clock is overdue. An open referral's list
 * item carries its `nextDueAt`, written with every change (the same `nextDueAt(slaFacts)`), so a list
 * row needs no working-day arithmetic; anything else works the clocks out.
 */
const dueness = (r: StoredReferral & { nextDueAt?: string }, at: Date) => {
  if (r.nextDueAt && isOpen(r.status))
    return { next: r.nextDueAt, overdue: at.getTime() > Date.parse(r.nextDueAt) };
  const clocks = clocksFor(r, at);
  const next = clocks
    .filter((c) => c.metAt === undefined)
    .map((c) => c.dueAt)
    .sort()[0];
  return { next, overdue: clocks.some((c) => c.overdue && c.metAt === undefined) };
};

/** The line a list shows for a referral (`nextDueAt` as a list item carries it). */
export const summarise = (r: StoredReferral & { nextDueAt?: string }, at: Date): ReferralSummary => {
  const person = r.answers.person ?? {};
  const name = [person.firstName, person.lastName].filter((v) => typeof v === "string" && v).join(" ");
  const { next, overdue } = dueness(r, at);
  const approvalDue = isOpen(r.status) ? planApprovalDueAt(r) : undefined;
  return {
    id: r.id,
    ...(r.reference ? { reference: r.reference } : {}),
    status: r.status,
    personName: name || "Name not entered yet",
    ...(typeof person.crn === "string" ? { crn: person.crn } : {}),
    needAreaId: r.needAreaId,
    tierId: r.tierId,
    organisationName: r.organisationName,
    officerName: r.officer.name,
    ...(r.caseworker ? { caseworkerName: r.caseworker.name } : {}),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    ...(r.sentAt ? { sentAt: r.sentAt } : {}),
    ...(next ? { nextDueAt: next } : {}),
    overdue,
    ...(approvalDue
      ? { approvalDueAt: approvalDue, approvalOverdue: at.getTime() > Date.parse(approvalDue) }
      : {}),
    concernCount: concerns(r),
    unseenConcerns: unseen(r),
    ...(r.restriction ? { restricted: true } : {}),
  };
};
