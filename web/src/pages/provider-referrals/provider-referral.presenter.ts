import type { Referral } from "#shared/referrals/referral.ts";

/** The sub-pages of a provider's referral, each its own URL. */
export const providerReferralSections = ["progress", "details", "changes", "notes", "timeline"] as const;
export type ProviderReferralSection = (typeof providerReferralSections)[number];

const sectionNames: Record<ProviderReferralSection, string> = {
  progress: "Progress",
  details: "Referral details",
  changes: "Changes",
  notes: "Case notes",
  timeline: "Timeline",
};

/** A sub-page's address: Progress is the referral's own address, where every action returns. */
export const providerReferralPath = (referralId: string, section: ProviderReferralSection = "progress") =>
  section === "progress"
    ? `/provider/referrals/${referralId}`
    : `/provider/referrals/${referralId}/${section}`;

export interface Step {
  href: string;
  text: string;
}

export interface ProviderReferralView {
  /** The sub-page's name, for its heading and the browser tab. */
  sectionName: string;
  /** The sub navigation, the current sub-page marked. */
  tabs: { href: string; text: string; current: boolean }[];
  /** The actions the provider can take next, as links to their pages. */
  nextSteps: Step[];
  /** Whether "Complete the referral" is offered. */
  canComplete: boolean;
}

/** The next things the provider can do, in the order delivery happens. */
const nextSteps = (r: Referral): Step[] => {
  const base = providerReferralPath(r.id);
  const open = r.status === "sent" || r.status === "in-progress";
  const steps: Step[] = [];
  if (open)
    steps.push({ href: `${base}/assign`, text: r.caseworker ? "Change caseworker" : "Assign a caseworker" });
  if (open && !r.firstContact) steps.push({ href: `${base}/first-contact`, text: "Record first contact" });
  const outcome = r.assessment?.outcome?.attendance;
  const happened = outcome === "attended" || outcome === "late";
  if (open && !happened)
    steps.push({
      href: `${base}/assessment`,
      text: r.assessment?.appointment ? "Reschedule the initial assessment" : "Book the initial assessment",
    });
  if (open && r.assessment?.appointment && !r.assessment.outcome)
    steps.push({ href: `${base}/assessment/outcome`, text: "Record the initial assessment" });
  if (r.status === "in-progress") {
    // A version waiting for the officer's approval cannot be followed by another until they decide.
    const latest = r.actionPlans.at(-1);
    if (latest?.status !== "awaiting-approval")
      steps.push({
        href: `${base}/action-plan`,
        text: !latest
          ? "Submit the action plan"
          : latest.status === "changes-requested"
            ? "Submit a new version of the action plan"
            : "Revise the action plan",
      });
    const plan = r.actionPlans.findLast((p) => p.status === "approved");
    if (plan && r.sessions.length < plan.sessions)
      steps.push({ href: `${base}/sessions/new`, text: "Schedule a session" });
    for (const s of r.sessions.filter((x) => !x.feedback))
      steps.push({ href: `${base}/sessions/${s.number}/reschedule`, text: `Reschedule session ${s.number}` });
    for (const s of r.sessions.filter((x) => !x.feedback))
      steps.push({ href: `${base}/sessions/${s.number}/feedback`, text: `Record session ${s.number}` });
  }
  // As the API allows: a referral withdrawn after its assessment still takes an end-of-service report.
  if (
    (r.status === "in-progress" || (r.status === "withdrawn" && r.assessment?.completedAt)) &&
    !r.endOfServiceReport
  )
    steps.push({ href: `${base}/end-of-service-report`, text: "Write the end-of-service report" });
  return steps;
};

/** Turns the referral and the sub-page asked for into what the provider's referral page shows. */
export const presentProviderReferral = (
  referral: Referral,
  section: ProviderReferralSection,
): ProviderReferralView => ({
  sectionName: sectionNames[section],
  tabs: providerReferralSections.map((s) => ({
    href: providerReferralPath(referral.id, s),
    text: sectionNames[s],
    current: s === section,
  })),
  nextSteps: section === "progress" ? nextSteps(referral) : [],
  canComplete: section === "progress" && referral.status === "in-progress",
});
