import { addWorkingDays } from "../time/index.ts";

/** The service levels in working days (PRODUCT.md, "Rules that hold everywhere"). */
export const slaWorkingDays = {
  firstContact: 2,
  initialAssessment: 10,
  actionPlan: 5,
  endOfServiceReport: 5,
} as const;

export type SlaClockId = keyof typeof slaWorkingDays;

export const slaClockLabels: Record<SlaClockId, string> = {
  firstContact: "First contact",
  initialAssessment: "Initial assessment",
  actionPlan: "Action plan",
  endOfServiceReport: "End-of-service report",
};

/** When each clock started and was met, as far as the referral has got. */
export interface SlaFacts {
  sentAt?: string | undefined;
  firstContactAt?: string | undefined;
  assessmentCompletedAt?: string | undefined;
  actionPlanSubmittedAt?: string | undefined;
  lastSessionAt?: string | undefined;
  endOfServiceReportAt?: string | undefined;
}

export interface SlaClock {
  id: SlaClockId;
  label: string;
  dueAt: string;
  metAt?: string;
  /** Due and not met by `now`, or met after it was due. */
  overdue: boolean;
}

const due = (start: string, days: number) => addWorkingDays(new Date(start), days).toISOString();

/**
 * The referral's SLA clocks so far. First contact and initial assessment run from sending; the action
 * plan from the assessment; the end-of-service report from the last session. A clock that has not
 * started yet is not listed.
 */
export function slaClocks(facts: SlaFacts, now: Date): SlaClock[] {
  const clocks: SlaClock[] = [];
  const add = (id: SlaClockId, start: string | undefined, metAt: string | undefined) => {
    if (!start) return;
    const dueAt = due(start, slaWorkingDays[id]);
    const late = metAt ? Date.parse(metAt) > Date.parse(dueAt) : now.getTime() > Date.parse(dueAt);
    clocks.push({ id, label: slaClockLabels[id], dueAt, ...(metAt ? { metAt } : {}), overdue: late });
  };
  add("firstContact", facts.sentAt, facts.firstContactAt);
  add("initialAssessment", facts.sentAt, facts.assessmentCompletedAt);
  add("actionPlan", facts.assessmentCompletedAt, facts.actionPlanSubmittedAt);
  add("endOfServiceReport", facts.lastSessionAt, facts.endOfServiceReportAt);
  return clocks;
}

/**
 * The earliest due date among clocks not yet met, or undefined when nothing is outstanding. Stored on
 * the referral so the provider's "overdue" filter is a condition on one attribute.
 */
export function nextDueAt(facts: SlaFacts): string | undefined {
  const open = slaClocks(facts, new Date(0)).filter((clock) => clock.metAt === undefined);
  return open.map((clock) => clock.dueAt).sort()[0];
}
