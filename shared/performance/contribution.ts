import type { Referral } from "../referrals/referral.ts";
import { findPdu } from "../reference/index.ts";
import { londonDate, workingDaysBetween } from "../time/index.ts";
import { headlineOutcomes } from "./measures.ts";

/**
 * What one referral adds to the dashboards. Every figure is derived from the referral's latest state,
 * so the aggregates are the sum of every referral's contribution: a consumer that moves the stored
 * sum from a referral's previously applied contribution to its new one keeps them exact whatever
 * order, and however often, the changes arrive.
 */

/** Working-day durations at or beyond this are counted together ("60 or more"). */
export const durationCap = 60;

/** The dimensions a referral is counted under; fixed once it is sent. */
export interface Dimensions {
  contractId: string;
  organisationId: string;
  regionId: string;
  needAreaId: string;
}

/** Counts keyed `<yyyy-mm>#<metric>`: the month something happened (Europe/London) and what it was. */
export type Cells = Record<string, number>;

export interface Contribution {
  dimensions: Dimensions;
  cells: Cells;
}

/** The parts of a referral the dashboards count; no personal data. */
export type CountedReferral = Pick<
  Referral,
  | "status"
  | "contractId"
  | "organisationId"
  | "needAreaId"
  | "pdu"
  | "sentAt"
  | "caseworker"
  | "firstContact"
  | "assessment"
  | "sessions"
  | "completedAt"
  | "withdrawal"
  | "endOfServiceReport"
>;

/** Metric names: letters, digits and hyphens so they can be attribute names. */
export const metric = {
  received: "received",
  assigned: "assigned",
  firstContactDays: (days: number) => `fc-${Math.min(days, durationCap)}`,
  assessmentDays: (days: number) => `ia-${Math.min(days, durationCap)}`,
  session: (attendance: string) => `att-${attendance}`,
  concern: "concern",
  completed: "completed",
  withdrawn: (reasonId: string) => `wd-${reasonId}`,
  outcome: (achievement: string) => `out-${achievement}`,
  report: "report",
  headlineAchieved: "headline",
} as const;

const monthOf = (iso: string) => londonDate(new Date(iso)).slice(0, 7);

/** The month and metric a cell counts. */
export const cellKey = (month: string, name: string) => `${month}#${name}`;

/** The month and metric of a cell key. */
export const splitCell = (key: string): { month: string; name: string } => {
  const at = key.indexOf("#");
  return { month: key.slice(0, at), name: key.slice(at + 1) };
};

/** What a referral adds to the aggregates: nothing until it is sent. */
export function contribution(r: CountedReferral): Contribution | undefined {
  if (r.status === "draft" || !r.sentAt) return undefined;
  const regionId = findPdu(r.pdu)?.region.id ?? "unknown";
  const cells: Cells = {};
  const add = (at: string, name: string, n = 1) => {
    const key = cellKey(monthOf(at), name);
    cells[key] = (cells[key] ?? 0) + n;
  };
  const sent = r.sentAt;
  // Arrival figures belong to the month the referral was sent, so a month's SLA figures describe
  // the referrals that arrived in it.
  add(sent, metric.received);
  if (r.caseworker) add(sent, metric.assigned);
  if (r.firstContact) {
    add(
      sent,
      metric.firstContactDays(workingDaysBetween(new Date(sent), new Date(r.firstContact.contactedAt))),
    );
  }
  if (r.assessment?.completedAt) {
    add(sent, metric.assessmentDays(workingDaysBetween(new Date(sent), new Date(r.assessment.completedAt))));
  }
  // Everything else belongs to the month it happened in.
  for (const session of r.sessions) {
    if (!session.feedback) continue;
    add(session.at, metric.session(session.feedback.attendance));
    if (session.feedback.notifyOfficer) add(session.feedback.recordedAt, metric.concern);
  }
  if (r.status === "completed" && r.completedAt) add(r.completedAt, metric.completed);
  if (r.status === "withdrawn" && r.withdrawal) add(r.withdrawal.at, metric.withdrawn(r.withdrawal.reasonId));
  const report = r.endOfServiceReport;
  if (report) {
    add(report.submittedAt, metric.report);
    for (const o of report.outcomes) add(report.submittedAt, metric.outcome(o.achievement));
    const headline = headlineOutcomes[r.needAreaId];
    if (
      headline &&
      report.outcomes.some((o) => headline.includes(o.outcome) && o.achievement === "achieved")
    ) {
      add(report.submittedAt, metric.headlineAchieved);
    }
  }
  return {
    dimensions: {
      contractId: r.contractId,
      organisationId: r.organisationId,
      regionId,
      needAreaId: r.needAreaId,
    },
    cells,
  };
}

/** The change that moves the sum from `before` to `after`, without zeros. */
export function difference(after: Cells, before: Cells): Cells {
  const out: Cells = {};
  for (const key of new Set([...Object.keys(after), ...Object.keys(before)])) {
    const n = (after[key] ?? 0) - (before[key] ?? 0);
    if (n !== 0) out[key] = n;
  }
  return out;
}
