import type { Fixture, FixtureName } from "./support/fixtures.ts";

type Row<R> = (on: FixtureName, statuses: string, request?: (f: Fixture) => { body: unknown }) => R;

/**
 * The notices context's rows of the access matrix (issue 20). The record is the "awarded" competition:
 * London's, awarded to Bridge Housing, its contract award notice published (the fixture's `noticeId`).
 * Public routes answer everyone, signed in or not.
 */
// prettier-ignore -- the matrix reads as a table only when its columns line up.
export const noticeRows = <R>(row: Row<R>): Record<string, R> => ({
  //                                                         anon own  othP unad comm othC off  othO
  listProcurementNotices: row("awarded", "401  403  403  403  200  404  403  403"),
  // A tender notice is still due (the fixture published only the award notice).
  draftNotice: row("awarded", "401  403  403  403  201  404  403  403", () => ({ body: { kind: "tender" } })),
  getNotice: row("awarded", "401  403  403  403  200  404  403  403"),
  // A draft's text may change and it may be published (a published one: 409, tests/integration/notices.test.ts).
  editNotice: row("draftNotice", "401  403  403  403  200  404  403  403", (f) => ({
    body: { description: "A tender notice for money advice in London.", version: f.versions.notice },
  })),
  publishNotice: row("draftNotice", "401  403  403  403  200  404  403  403", (f) => ({
    body: { version: f.versions.notice },
  })),
  correctNotice: row("awarded", "401  403  403  403  201  404  403  403"),
  // After the award notice no more summaries are sent (422).
  sendAssessmentSummaries: row("awarded", "401  403  403  403  422  404  403  403"),
  getMyAssessmentSummary: row("awarded", "401  200  404  404  403  403  403  403"),
  listPublicNotices: row("none", "200  200  200  200  200  200  200  200"),
  getPublicNotice: row("awarded", "200  200  200  200  200  200  200  200"),
  getPublicProcurement: row("awarded", "200  200  200  200  200  200  200  200"),
  getPublicRecord: row("awarded", "200  200  200  200  200  200  200  200"),
  getPublicReleases: row("awarded", "200  200  200  200  200  200  200  200"),
  getReleaseFeed: row("none", "200  200  200  200  200  200  200  200"),
  // Membership of the dynamic market (ADR 0034), on Bridge Housing (the "open" fixture's organisation):
  // its own provider and framework administrators read it; reinstating an active supplier changes
  // nothing, so the matrix never suspends one (tests/integration/framework-membership.test.ts does).
  listSuppliers: row("none", "401  403  403  403  200  403  403  403"),
  getSupplierMembership: row("open", "401  200  404  404  200  404  403  403"),
  changeSupplierMembership: row("open", "401  403  403  403  200  403  403  403", () => ({
    body: { action: "reinstate", reason: "Checked again." },
  })),
});
