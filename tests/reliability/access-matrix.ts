import { contractManagementRows } from "./access-matrix-contracts.ts";
import { noticeRows } from "./access-matrix-notices.ts";
import { frameworkRows } from "./access-matrix-framework.ts";
import { deliveryRows } from "./access-matrix-delivery.ts";
import { peopleRows } from "./access-matrix-people.ts";
import { moderation, sheet } from "../support/evaluation.ts";
import { completeBidContent } from "../support/opportunities.ts";
import {
  applicationInput,
  amendment,
  appointment,
  bridgeIntervention,
  endOfServiceReport,
  type Fixture,
  type FixtureName,
  inDays,
  type PrincipalKey,
  principalKeys,
  reschedule,
} from "./support/fixtures.ts";

/** What a row sends besides the path: built from its fixture just before the calls. */
export interface RowRequest {
  query?: Record<string, string>;
  body?: unknown;
}

/** One route's row: the record it acts on, what it sends, and the status each principal must get. */
export interface AccessRow {
  on: FixtureName;
  request?: (f: Fixture) => RowRequest | Promise<RowRequest>;
  expected: Record<PrincipalKey, number>;
}

/** Columns, in the order of the status strings below. */
export const columns = principalKeys;

const row = (on: FixtureName, statuses: string, request?: AccessRow["request"]): AccessRow => {
  const list = statuses.trim().split(/\s+/).map(Number);
  if (list.length !== columns.length || list.some((s) => !Number.isInteger(s)))
    throw new Error(`An access-matrix row needs ${columns.length} statuses: "${statuses}"`);
  return {
    on,
    ...(request ? { request } : {}),
    expected: Object.fromEntries(columns.map((c, i) => [c, list[i]])) as AccessRow["expected"],
  };
};

/**
 * THE authorisation matrix: every route of the route table, keyed by operationId, with the status each
 * principal gets on a record of the named fixture. Columns:
 *   anonymous · provider of the owning organisation · provider of another organisation · provider not
 *   admitted to the framework · commissioner of the record's region (London; also the framework
 *   administrator) · commissioner of another region (Wales; not an administrator) · responsible officer ·
 *   another responsible officer.
 * For referrals the record is Sam Rowe's (officer, camden-and-islington) referral to Bridge Housing's live
 * accommodation intervention, so the columns read: Bridge Housing (the provider it was sent to) ·
 * Northern Pathways (a provider it was not sent to) · Fresh Start (not admitted) · Helen Carter and Rhys
 * Morgan (commissioners: never personal data, so 403 for every referral route) · Sam Rowe (the officer
 * who made it) · Jo Baker (an officer in hackney-and-city, another PDU). A notification's record is
 * Bridge Housing's, so everyone else is 404.
 * "Not yours" is 404 (it must look like "not there"); "your role never may" is 403.
 * A new route needs one row here, or the suite fails naming it.
 */
// prettier-ignore -- the matrix reads as a table only when its columns line up.
export const accessMatrix: Record<string, AccessRow> = {
  //                                                    anon own  othP unad comm othC off  othO
  getHealth: row("none", "200  200  200  200  200  200  200  200"),
  getOpenApi: row("none", "200  200  200  200  200  200  200  200"),
  getReference: row("none", "401  200  200  200  200  200  200  200"),
  getMe: row("none", "401  200  200  200  200  200  200  200"),
  // Admitted organisations may not apply again (409); the unadmitted one applies.
  submitFrameworkApplication: row("none", "401  409  409  201  403  403  403  403", () => ({
    body: applicationInput("Fresh Start Mentoring"),
  })),
  listMyFrameworkApplications: row("none", "401  200  200  200  403  403  403  403"),
  listFrameworkApplications: row("none", "401  403  403  403  200  403  403  403"),
  getFrameworkApplication: row("application", "401  200  404  404  200  404  403  403"),
  decideFrameworkApplication: row("application", "401  403  403  403  200  403  403  403", (f) => ({
    body: { decision: "reject", reason: "Not enough evidence of delivery", version: f.versions.application },
  })),
  // Wales's commissioner is refused the London region as a field error.
  createOpportunity: row("none", "401  403  403  403  201  400  403  403", () => ({
    body: { title: "Debt advice", needAreaId: "finance-benefits-debt", regionIds: ["london"] },
  })),
  listOpportunities: row("none", "401  200  200  403  200  403  403  403", () => ({
    query: { region: "london" },
  })),
  getOpportunity: row("open", "401  200  200  404  200  404  403  403"),
  updateOpportunity: row("draftOpportunity", "401  403  403  403  200  404  403  403", (f) => ({
    body: { title: "Debt advice in London", version: f.versions.opportunity },
  })),
  publishOpportunity: row("draftOpportunity", "401  403  403  403  200  404  403  403", (f) => ({
    body: { version: f.versions.opportunity },
  })),
  cancelOpportunity: row("draftOpportunity", "401  403  403  403  200  404  403  403", (f) => ({
    body: { reason: "The need has changed", version: f.versions.opportunity },
  })),
  extendOpportunityDeadlines: row(
    "publishedOpportunity",
    "401  403  403  403  200  404  403  403",
    async (f) => ({ body: { submissionDeadline: await inDays(40), version: f.versions.opportunity } }),
  ),
  getOpportunityAuditTrail: row("open", "401  403  403  403  200  404  403  403"),
  askClarificationQuestion: row("open", "401  201  201  404  403  403  403  403", () => ({
    body: { question: "Is a phased start possible?" },
  })),
  listClarificationQuestions: row("open", "401  200  200  404  200  404  403  403"),
  answerClarificationQuestion: row("open", "401  403  403  403  200  404  403  403", (f) => ({
    body: {
      question: "Is a phased start possible?",
      answer: "Yes, in two stages.",
      version: f.versions.question,
    },
  })),
  // Own bid only: the other provider has none of its own here (404), the unadmitted one may not bid (403).
  // The other provider may see the opportunity but has not bid: its own bid is null (200), never another's.
  getMyBid: row("open", "401  200  200  403  403  403  403  403"),
  // The other provider's save reaches its own (absent) bid: version ≠ 0 with nothing saved is refused.
  saveBid: row("draftBid", "401  200  422  403  403  403  403  403", (f) => ({
    body: { content: completeBidContent(), version: f.versions.bid },
  })),
  submitBid: row("draftBid", "401  200  404  403  403  403  403  403", (f) => ({
    body: { version: f.versions.bid },
  })),
  withdrawBid: row("submittedBid", "401  200  404  403  403  403  403  403", (f) => ({
    body: { version: f.versions.bid },
  })),
  // After the deadline a commissioner of the region sees who bid and when; the content only a panel member
  // who has declared no conflict (no panel exists on "closed", so Helen, the lead, gets 404 too).
  listBids: row("closed", "401  403  403  403  200  404  403  403"),
  getBid: row("closed", "401  200  404  404  404  404  403  403"),
  createUpload: row("open", "401  201  201  403  403  403  403  403", (f) => ({
    body: {
      owner: { type: "bid", opportunityId: f.params.opportunityId },
      fileName: "plan.pdf",
      contentType: "application/pdf",
      size: 1000,
    },
  })),
  downloadBidDocument: row("closed", "401  200  404  404  404  404  403  403"),
  downloadApplicationDocument: row("application", "401  200  404  404  200  404  403  403"),

  // The catalogue: live interventions, no personal data; for officers and commissioners.
  searchCatalogue: row("none", "401  403  403  403  200  200  200  200", () => ({
    query: { needArea: "accommodation", pdu: "camden-and-islington" },
  })),
  getCatalogueIntervention: row("catalogue", "401  403  403  403  200  200  200  200"),
  // Lists are each caller's own: the provider's inbox and caseworkers, the officer's referrals.
  listReferralInbox: row("none", "401  200  200  200  403  403  403  403", () => ({
    query: { tab: "unassigned" },
  })),
  listCaseworkers: row("none", "401  200  200  200  403  403  403  403"),
  listMyReferrals: row("none", "401  403  403  403  403  403  200  200", () => ({
    query: { status: "sent" },
  })),
  // Both officers' PDUs are covered by the intervention.
  startReferral: row("none", "401  403  403  403  403  403  201  201", () => ({
    body: { interventionId: bridgeIntervention },
  })),
  getReferral: row("referral", "401  200  404  404  403  403  200  404"),
  listCaseNotes: row("referral", "401  200  404  404  403  403  200  404", () => ({
    query: { limit: "10" },
  })),
  getReferralTimeline: row("referral", "401  200  404  404  403  403  200  404", () => ({
    query: { limit: "10" },
  })),
  addCaseNote: row("sentReferral", "401  201  404  404  403  403  201  404", () => ({
    body: { text: "Called the landlord about the arrears." },
  })),
  // A draft is its author's alone: the provider does not see it until it is sent.
  saveReferralSection: row("draftReferral", "401  403  403  403  403  403  200  404", (f) => ({
    body: { reason: "Needs help to keep their tenancy.", finished: true, version: f.versions.referral },
  })),
  sendReferral: row("completeDraftReferral", "401  403  403  403  403  403  200  404", (f) => ({
    body: { version: f.versions.referral },
  })),
  withdrawReferral: row("sentReferral", "401  403  403  403  403  403  200  404", (f) => ({
    body: { reasonId: "needs-met-elsewhere", version: f.versions.referral },
  })),
  // Delivery is the provider's: only the one the referral was sent to.
  assignReferral: row("sentReferral", "401  200  404  404  403  403  403  403", (f) => ({
    body: { caseworkerId: "user-provider-bridge", version: f.versions.referral },
  })),
  recordFirstContact: row("sentReferral", "401  200  404  404  403  403  403  403", async (f) => ({
    body: { contactedAt: await inDays(0), method: "phone", version: f.versions.referral },
  })),
  bookAssessment: row("sentReferral", "401  200  404  404  403  403  403  403", async (f) => ({
    body: { ...(await appointment(2)), version: f.versions.referral },
  })),
  recordAssessment: row("bookedReferral", "401  200  404  404  403  403  403  403", (f) => ({
    body: { attendance: "attended", version: f.versions.referral },
  })),
  submitActionPlan: row("startedReferral", "401  200  404  404  403  403  403  403", (f) => ({
    body: { activities: ["Open a basic bank account"], sessions: 2, version: f.versions.referral },
  })),
  scheduleSession: row("plannedReferral", "401  200  404  404  403  403  403  403", async (f) => ({
    body: { ...(await appointment(3)), version: f.versions.referral },
  })),
  recordSession: row("scheduledReferral", "401  200  404  404  403  403  403  403", (f) => ({
    body: {
      attendance: "attended",
      whatHappened: "Went through the rent statement together.",
      notifyOfficer: false,
      version: f.versions.referral,
    },
  })),
  submitEndOfServiceReport: row("startedReferral", "401  200  404  404  403  403  403  403", (f) => ({
    body: { ...endOfServiceReport(f.params.desiredOutcome!), version: f.versions.referral },
  })),
  // The officer who made the referral decides the plan; the provider moves its sessions.
  reviewActionPlan: row("submittedReferral", "401  403  403  403  403  403  200  404", (f) => ({
    body: { planVersion: 1, decision: "approve", version: f.versions.referral },
  })),
  rescheduleSession: row("scheduledReferral", "401  200  404  404  403  403  403  403", async (f) => ({
    body: { ...(await reschedule(4)), version: f.versions.referral },
  })),
  // Amendments are the officer's (and their PDU's); the changelog is read by both sides.
  amendReferral: row("sentReferral", "401  403  403  403  403  403  200  404", (f) => ({
    body: { ...amendment, version: f.versions.referral },
  })),
  listReferralChanges: row("referral", "401  200  404  404  403  403  200  404", () => ({
    query: { limit: "10" },
  })),
  completeReferral: row("reportedReferral", "401  200  404  404  403  403  403  403", (f) => ({
    body: { version: f.versions.referral },
  })),
  // Everyone has notifications of their own; someone else's is not there.
  listNotifications: row("none", "401  200  200  200  200  200  200  200", () => ({
    query: { limit: "10" },
  })),
  markNotificationRead: row("notification", "401  200  404  404  404  404  404  404"),

  // Evaluation: only the lead (Helen Carter, who created the London competition and sits on its panel);
  // Wales's commissioner is outside its region (404); providers and officers never evaluate (403).
  getEvaluation: row("awarded", "401  403  403  403  200  404  403  403"),
  listPanelCandidates: row("awarded", "401  403  403  403  200  404  403  403"),
  assignEvaluationPanel: row("closedUnpanelled", "401  403  403  403  200  404  403  403", () => ({
    body: { evaluatorIds: ["user-commissioner-london"], version: 0 },
  })),
  declareConflicts: row("panelled", "401  403  403  403  201  404  403  403", () => ({
    body: { bidders: [{ organisationId: "org-bridge-housing", conflict: false }] },
  })),
  getBidForScoring: row("awarded", "401  403  403  403  200  404  403  403"),
  submitScores: row("declared", "401  403  403  403  201  404  403  403", () => ({ body: sheet(3) })),
  getBidScores: row("awarded", "401  403  403  403  200  404  403  403"),
  moderateBid: row("scored", "401  403  403  403  200  404  403  403", () => ({
    body: moderation(3, 3, 3),
  })),
  getEvaluationResults: row("awarded", "401  403  403  403  200  404  403  403"),
  exportEvaluationResults: row("awarded", "401  403  403  403  200  404  403  403"),
  decideOutcome: row("moderated", "401  403  403  403  200  404  403  403", (f) => ({
    body: {
      decision: "award",
      organisationIds: ["org-bridge-housing"],
      reason: "The best value for money",
      version: f.versions.evaluation,
    },
  })),
  createContracts: row("awarded", "401  403  403  403  201  404  403  403", (f) => ({
    body: { version: f.versions.evaluation },
  })),
  // Only a bidder sees its own result: Northern Pathways did not bid, Fresh Start cannot see the competition.
  getMyBidResult: row("contracted", "401  200  404  404  403  403  403  403"),
  // Everyone's own panels (Rhys Morgan's list is empty).
  listMyPanels: row("none", "401  403  403  403  200  200  403  403", () => ({ query: { limit: "10" } })),

  // Contracts: the provider's own and the region's commissioners'. Providers list only their own.
  listContracts: row("contracted", "401  200  200  200  200  404  403  403", (f) => ({
    query: { opportunityId: f.params.opportunityId! },
  })),
  getContract: row("contracted", "401  200  404  404  200  404  403  403"),
  ...contractManagementRows(row),
  getOpportunityOcds: row("contracted", "401  403  403  403  200  404  403  403"),
  // Aggregates only: the contract's provider and its region's commissioner; another provider or region is 404.
  getDashboard: row("contracted", "401  200  404  404  200  404  403  403", (f) => ({
    query: { contractId: f.params.contractId! },
  })),
  // Targets: anyone who may see a dashboard reads those in their scope; only a region's commissioner sets them.
  getPerformanceTargets: row("none", "401  200  200  200  200  200  403  403"),
  setPerformanceTarget: row("contracted", "401  403  403  403  200  404  403  403", (f) => ({
    body: {
      scope: { contractId: f.params.contractId! },
      measureId: "orders-successfully-completed",
      percent: 75,
      version: 0,
    },
  })),
  exportDashboardTable: row("contracted", "401  200  404  404  200  404  403  403", (f) => ({
    query: { table: "months", contractId: f.params.contractId! },
  })),
  getContractReport: row("contracted", "401  403  403  403  200  404  403  403", () => ({
    query: { month: new Date().toISOString().slice(0, 7) },
  })),
  // Everyone has an unread count of their own; a notification is its audience's alone.
  countUnreadNotifications: row("none", "401  200  200  200  200  200  200  200"),
  markNotificationUnread: row("notification", "401  200  404  404  404  404  404  404"),
  // The local stack's outbox page (the cloud answers 404): any signed-in user may look.
  listOutbox: row("none", "401  200  200  200  200  200  200  200"),
  ...noticeRows(row),
  ...frameworkRows(row),
  ...peopleRows(row),
  ...deliveryRows(row),
};
