import { referralItem, sendItems } from "#functions/referrals/repository.ts";
import type { StoredReferral } from "#functions/referrals/stored.ts";
import { addWorkingDays } from "#shared/time/index.ts";
import { referralAnswers } from "./referral-answers.ts";

const day = 86_400_000;
const sam = { userId: "user-officer-camden", name: "Sam Rowe" };
const jo = { userId: "user-officer-hackney", name: "Jo Baker" };
const priya = { userId: "user-provider-bridge", name: "Priya Shah" };
// The provider's own premises, where the seeded appointments happen.
const bridgeOffice = { line1: "12 Example Road", town: "London", postcode: "N1 9GU" };

/** One demo person on probation: invented names, and CRNs from a block no real case uses. */
interface Demo {
  id: string;
  reference: string;
  first: string;
  last: string;
  crn: string;
  officer: typeof sam;
  pdu: string;
  tierId: "low" | "medium" | "high";
  /** Days before seeding that it was sent. */
  sentDaysAgo: number;
  /** How far along it is. */
  stage: "sent" | "assigned" | "contacted" | "assessed" | "sessions" | "completed" | "withdrawn";
  contactDays?: number;
  assessmentDays?: number;
  attendance?: ("attended" | "late" | "did-not-attend")[];
  withdrawalReasonId?: string;
  outcomes?: ["achieved" | "partially-achieved" | "not-achieved", string][];
}

const settled = "Settled and suitable accommodation secured for release or by the end of the sentence";
const eviction = "Eviction or loss of accommodation prevented";
const arrears = "Rent arrears reduced with a repayment plan agreed with the landlord";

// prettier-ignore
const demos: Demo[] = [
  { id: "01JDEMOREFERRAL00000000001", reference: "HN4829AC", first: "Jordan", last: "Ellery", crn: "X900001", officer: sam, pdu: "camden-and-islington", tierId: "low", sentDaysAgo: 1, stage: "sent" },
  { id: "01JDEMOREFERRAL00000000002", reference: "KP7342MD", first: "Casey", last: "Wren", crn: "X900002", officer: jo, pdu: "hackney-and-city", tierId: "medium", sentDaysAgo: 3, stage: "assigned" },
  { id: "01JDEMOREFERRAL00000000003", reference: "RT2956LB", first: "Morgan", last: "Ashby", crn: "X900003", officer: sam, pdu: "camden-and-islington", tierId: "low", sentDaysAgo: 9, stage: "contacted", contactDays: 1 },
  { id: "01JDEMOREFERRAL00000000004", reference: "WF6318NE", first: "Riley", last: "Dunmore", crn: "X900004", officer: sam, pdu: "camden-and-islington", tierId: "medium", sentDaysAgo: 24, stage: "assessed", contactDays: 2, assessmentDays: 8 },
  { id: "01JDEMOREFERRAL00000000005", reference: "BG8473QC", first: "Avery", last: "Lockhart", crn: "X900005", officer: jo, pdu: "hackney-and-city", tierId: "high", sentDaysAgo: 45, stage: "sessions", contactDays: 3, assessmentDays: 12, attendance: ["attended", "late", "did-not-attend"] },
  { id: "01JDEMOREFERRAL00000000006", reference: "MJ5291TH", first: "Quinn", last: "Harlow", crn: "X900006", officer: sam, pdu: "camden-and-islington", tierId: "low", sentDaysAgo: 80, stage: "completed", contactDays: 1, assessmentDays: 6, attendance: ["attended", "attended"], outcomes: [["achieved", eviction], ["partially-achieved", arrears]] },
  { id: "01JDEMOREFERRAL00000000007", reference: "DX3764PK", first: "Rowan", last: "Tiernan", crn: "X900007", officer: jo, pdu: "hackney-and-city", tierId: "medium", sentDaysAgo: 100, stage: "completed", contactDays: 2, assessmentDays: 9, attendance: ["attended", "attended", "late"], outcomes: [["achieved", settled]] },
  { id: "01JDEMOREFERRAL00000000008", reference: "LC9148VR", first: "Sasha", last: "Pembury", crn: "X900008", officer: sam, pdu: "camden-and-islington", tierId: "low", sentDaysAgo: 95, stage: "completed", contactDays: 4, assessmentDays: 14, attendance: ["attended", "did-not-attend", "attended"], outcomes: [["not-achieved", settled], ["achieved", arrears]] },
  { id: "01JDEMOREFERRAL00000000009", reference: "NZ2683FW", first: "Emerson", last: "Brack", crn: "X900009", officer: sam, pdu: "camden-and-islington", tierId: "low", sentDaysAgo: 60, stage: "withdrawn", contactDays: 2, withdrawalReasonId: "moved-out-of-area" },
  { id: "01JDEMOREFERRAL00000000010", reference: "PV4517GY", first: "Harper", last: "Coyle", crn: "X900010", officer: jo, pdu: "hackney-and-city", tierId: "medium", sentDaysAgo: 70, stage: "withdrawn", contactDays: 1, assessmentDays: 7, attendance: ["did-not-attend", "did-not-attend"], withdrawalReasonId: "not-engaged" },
];

/** A referral at the stage `d` says, with times counted back from the day the data is seeded. */
const demoReferral = (d: Demo, seededAt: Date): StoredReferral => {
  const sentAt = new Date(seededAt.getTime() - d.sentDaysAgo * day);
  const after = (workingDays: number) =>
    addWorkingDays(sentAt, workingDays).toISOString().replace(/T.*/, "T10:00:00.000Z");
  const order = ["sent", "assigned", "contacted", "assessed", "sessions", "completed", "withdrawn"];
  const reached = (stage: Demo["stage"]) => order.indexOf(d.stage) >= order.indexOf(stage);
  const contactedAt = d.contactDays !== undefined ? after(d.contactDays) : undefined;
  const assessedAt = d.assessmentDays !== undefined ? after(d.assessmentDays) : undefined;
  const sessions = (d.attendance ?? []).map((attendance, i) => {
    const at = after((d.assessmentDays ?? 5) + 3 + i * 5);
    return {
      number: i + 1,
      at,
      durationMinutes: 60,
      format: "one-to-one" as const,
      method: "in-person" as const,
      otherAddress: bridgeOffice,
      feedback: {
        attendance,
        ...(attendance === "did-not-attend" ? { absenceReason: "unacceptable" as const } : {}),
        whatHappened: attendance === "did-not-attend" ? undefined : "Worked through the budget plan.",
        notifyOfficer: attendance === "did-not-attend",
        ...(attendance === "did-not-attend" ? { concerns: "Missed the session without telling us." } : {}),
        recordedAt: at,
        recordedBy: priya,
      },
    };
  });
  const lastAt = sessions.at(-1)?.at ?? assessedAt ?? contactedAt ?? sentAt.toISOString();
  const endedAt = new Date(Date.parse(lastAt) + 2 * day).toISOString();
  const ended = d.stage === "completed" || d.stage === "withdrawn";
  return {
    id: d.id,
    reference: d.reference,
    status:
      d.stage === "completed"
        ? "completed"
        : d.stage === "withdrawn"
          ? "withdrawn"
          : assessedAt
            ? "in-progress"
            : "sent",
    interventionId: `contract-bridge-accommodation-${d.tierId}`,
    interventionTitle: "Keep your home",
    contractId: "contract-bridge-accommodation",
    organisationId: "org-bridge-housing",
    organisationName: "Bridge Housing Trust",
    needAreaId: "accommodation",
    tierId: d.tierId,
    tiersOffered: ["low", "medium", "high"],
    officer: d.officer,
    pdu: d.pdu,
    answers: referralAnswers(seededAt, { crn: d.crn, firstName: d.first, lastName: d.last }, d.tierId),
    createdAt: new Date(sentAt.getTime() - day).toISOString(),
    updatedAt: ended ? endedAt : lastAt,
    sentAt: sentAt.toISOString(),
    ...(reached("assigned") ? { caseworker: priya } : {}),
    ...(contactedAt ? { firstContact: { contactedAt, method: "phone" as const, recordedBy: priya } } : {}),
    ...(assessedAt
      ? {
          assessment: {
            changes: [],
            appointment: {
              at: assessedAt,
              durationMinutes: 60,
              format: "one-to-one" as const,
              method: "in-person" as const,
              otherAddress: bridgeOffice,
            },
            outcome: { attendance: "attended" as const, recordedAt: assessedAt, recordedBy: priya },
            completedAt: assessedAt,
          },
        }
      : {}),
    actionPlans: sessions.length
      ? [
          {
            version: 1,
            activities: ["Budget plan", "Talk to the landlord"],
            sessions: sessions.length,
            submittedAt: assessedAt!,
            submittedBy: priya,
            status: "approved" as const,
            approvalDueAt: assessedAt!,
            approvedAt: assessedAt!,
          },
        ]
      : [],
    sessions,
    ...(d.outcomes
      ? {
          endOfServiceReport: {
            outcomes: d.outcomes.map(([achievement, outcome]) => ({
              outcome,
              achievement,
              progress: "Agreed a plan with the landlord.",
            })),
            furtherWork: "None needed.",
            submittedAt: endedAt,
            submittedBy: priya,
          },
        }
      : {}),
    ...(d.stage === "completed" ? { completedAt: endedAt } : {}),
    ...(d.stage === "withdrawn"
      ? { withdrawal: { reasonId: d.withdrawalReasonId!, at: endedAt, by: d.officer } }
      : {}),
    version: 1,
  } as StoredReferral;
};

/**
 * Referrals to Bridge Housing's accommodation contract in every state (sent, assigned, contacted,
 * assessed, in sessions, completed with a report, withdrawn), from Sam Rowe and Jo Baker, so the
 * inbox, the officers' lists and the dashboards have something to show on first start.
 */
export const demoReferralActivity = (seededAt: Date): Record<string, unknown>[] =>
  demos.flatMap((d) => {
    const r = demoReferral(d, seededAt);
    return [
      referralItem(r),
      ...sendItems(r, { first: d.first, last: d.last }, d.crn).map((t) =>
        "Put" in t && t.Put ? t.Put.Item! : {},
      ),
    ];
  });
