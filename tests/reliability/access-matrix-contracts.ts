import type { Fixture, FixtureName } from "./support/fixtures.ts";

type Row<R> = (on: FixtureName, statuses: string, request?: (f: Fixture) => { body: unknown }) => R;

/** Contract management's rows of the access matrix (issue 18). */
// prettier-ignore -- the matrix reads as a table only when its columns line up.
export const contractManagementRows = <R>(row: Row<R>): Record<string, R> => ({
  // Contract management: the contract's provider and its region's commissioners; anyone else 404.
  listContractChanges: row("contracted", "401  200  404  404  200  404  403  403"),
  proposeContractChange: row("contracted", "401  201  404  404  201  404  403  403", () => ({
    body: {
      kind: "discretionary",
      terms: { serviceDescription: "Accommodation support with a helpline." },
      reason: "People ask for help between sessions.",
      effectiveDate: "2099-01-01",
    },
  })),
  respondToContractChange: row("contractChange", "401  422  404  404  200  404  403  403", (f) => ({
    body: { kind: "clarification-request", text: "Which hours?", version: f.versions.change },
  })),
  // Only the commissioner decides; the proposing provider is told its role may not.
  decideContractChange: row("contractChange", "401  403  404  404  200  404  403  403", (f) => ({
    body: { outcome: "as-proposed", reason: "A helpline is good value.", version: f.versions.change },
  })),
  getContractTerms: row("contracted", "401  200  404  404  200  404  403  403"),
  getContractHistory: row("contracted", "401  200  404  404  200  404  403  403"),
  getContractCapacity: row("contracted", "401  200  404  404  200  404  403  403"),
  // Only the region's commissioner terminates (near the end of the awarded term, so later rows still see it live today).
  terminateContract: row("contracted", "401  403  404  404  200  404  403  403", () => ({
    body: {
      reason: "other",
      detail: "The service moves into a new competition.",
      effectiveDate: "2029-03-01",
      completeUntil: "2029-03-31",
      termsVersion: 1,
    },
  })),
  listContractIssues: row("contracted", "401  200  404  404  200  404  403  403"),
  raiseContractIssue: row("contracted", "401  201  404  404  201  404  403  403", () => ({
    body: {
      title: "Late risk information",
      firstRaisedOn: "2026-01-05",
      description: "Risk information arrives after the first appointment.",
      implications: "Appointments are rearranged.",
      severity: "medium",
      urgency: "low",
      currentCostPence: 0,
      potentialCostPence: 50_000,
      workUnderWay: "Weekly calls with the delivery unit.",
    },
  })),
  // Only the party that raised a report shares it; other organisations and regions cannot see it.
  stepContractIssue: row("contractIssue", "401  200  404  404  403  404  403  403", (f) => ({
    body: { step: "share", version: f.versions.issue },
  })),
  // Everyone of either party has a home list of open issues (empty for those with none).
  listOpenContractIssues: row("none", "401  200  200  200  200  200  403  403"),
  // Performance reviews and charges: only commissioners propose and decide; only the provider responds.
  listContractRatings: row("contracted", "401  200  404  404  200  404  403  403"),
  proposeContractRating: row("reviewFigures", "401  403  403  403  201  404  403  403", (f) => ({
    body: { period: f.params.period },
  })),
  decideContractRating: row("proposedRating", "401  403  403  403  200  404  403  403", (f) => ({
    body: { rating: "requires-improvement", reason: "One of two ended early.", version: f.versions.rating },
  })),
  respondToContractRating: row("confirmedRating", "401  200  404  404  403  403  403  403", (f) => ({
    body: { text: "We are calling people before each session.", version: f.versions.rating },
  })),
  getImprovementPlan: row("confirmedRating", "401  200  404  404  200  404  403  403"),
  // The provider submits the plan's actions; the commissioner may not (403), other parties cannot see it.
  stepImprovementPlan: row("confirmedRating", "401  200  404  404  403  404  403  403", (f) => ({
    body: {
      step: "submit",
      actions: [{ what: "Call before each session", owner: "Priya Shah", dueDate: "2026-06-30" }],
      version: f.versions.plan,
    },
  })),
  getContractCharges: row("contracted", "401  200  404  404  200  404  403  403"),
  exportContractCharges: row("confirmedRating", "401  200  404  404  200  404  403  403"),
  // Open referrals under a contract: its parties, and officers with a referral under it (none here: 404).
  listOpenContractReferrals: row("contracted", "401  200  404  404  200  404  404  404"),
  // Only a commissioner of the contract's region moves an open referral of a terminated contract.
  transferContractReferral: row(
    "terminatedContractReferral",
    "401  403  403  403  200  404  403  403",
    (f) => ({
      body: { toContractId: f.params.toContractId, version: f.versions.referral },
    }),
  ),
  // A live intervention: officers and commissioners refer from the catalogue; providers only their own.
  getIntervention: row("catalogue", "401  200  404  404  200  200  200  200"),
});
