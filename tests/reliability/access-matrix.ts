import { completeBidContent } from "../support/opportunities.ts";
import {
  applicationInput,
  type Fixture,
  type FixtureName,
  inDays,
  type PrincipalKey,
  principalKeys,
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
    body: { answer: "Yes, in two stages.", version: f.versions.question },
  })),
  // Own bid only: the other provider has none of its own here (404), the unadmitted one may not bid (403).
  getMyBid: row("open", "401  200  404  403  403  403  403  403"),
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
  listBids: row("closed", "401  403  403  403  200  404  403  403"),
  getBid: row("closed", "401  200  404  404  200  404  403  403"),
  createUpload: row("open", "401  201  201  403  403  403  403  403", (f) => ({
    body: {
      owner: { type: "bid", opportunityId: f.params.opportunityId },
      fileName: "plan.pdf",
      contentType: "application/pdf",
      size: 1000,
    },
  })),
  downloadBidDocument: row("closed", "401  200  404  404  200  404  403  403"),
  downloadApplicationDocument: row("application", "401  200  404  404  200  404  403  403"),
};
