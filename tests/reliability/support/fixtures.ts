import { expect } from "vitest";
import { api, setClock } from "../../support/api.ts";
import { uploadDocument } from "../../support/documents.ts";
import { peopleFixtures } from "./people-fixtures.ts";
import { opportunityPartition } from "#functions/platform/data/shared-items.ts";
import { applicationKind } from "#functions/framework/items.ts";
import { accountKeys } from "#functions/accounts/repository.ts";
import { notificationKind } from "#functions/notifications/items.ts";
import { dayMs, inDays, principals, refreshTokens, token, type Fixture } from "./principals.ts";
import {
  draftBid,
  evaluations,
  opportunity,
  opportunityWithSubmittedBid,
  submitBid,
} from "./opportunity-fixtures.ts";
import { contractChange, contractIssue, terminatedContractReferral } from "./contract-fixtures.ts";
import { frameworkUpload } from "./framework-fixtures.ts";
import { bridgeIntervention, referral } from "./referral-fixtures.ts";
import { reviewFixtures } from "./review-fixtures.ts";

// The suite's fixtures live in modules by job; they are re-exported here so every test imports one module.
export * from "./principals.ts";
export * from "./opportunity-fixtures.ts";
export * from "./referral-fixtures.ts";
export * from "./snapshots.ts";

/** Another file of the suite may have left an application of this provider waiting: reject it, so it may apply again. */
const freeToApply = async (providerToken: string) => {
  const mine = await api("GET", "/api/framework/applications/mine", { token: providerToken });
  const pending = (mine.body.items as { id: string; status: string; version: number }[]).find(
    (a) => a.status === "submitted",
  );
  if (!pending) return;
  const rejected = await api("POST", `/api/framework/applications/${pending.id}/decision`, {
    token: await token(principals.commissioner),
    body: { decision: "reject", reason: "Left by an earlier file of the suite", version: pending.version },
  });
  expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
};

/** Records every row may share. Built once, before the clock moves on. */
export interface SharedFixtures {
  none: Fixture;
  /** Open for bids and questions: Bridge has submitted a bid and asked a question. */
  open: Fixture;
  /** Closed: its deadline has passed (after `moveClockPastClosedDeadline`); Bridge's bid is unsealed. */
  closed: Fixture;
  /** Open Door Advice's framework application, with a supporting document. */
  application: Fixture;
  /** Bridge Housing's live "Keep your home" intervention, as the catalogue shows it. */
  catalogue: Fixture;
  /** Sam Rowe's referral, sent to Bridge Housing (see `referral`): for rows that only read it. */
  referral: Fixture;
  /** The newest of Bridge Housing's notifications (its sent referral's, at least). */
  notification: Fixture;
  /** Closed competitions with Bridge Housing's bid, one per step of evaluation (see `evaluations`). */
  closedUnpanelled: Fixture;
  panelled: Fixture;
  declared: Fixture;
  scored: Fixture;
  moderated: Fixture;
  /** Awarded to Bridge Housing, its standstill over: ready for contracts. */
  awarded: Fixture;
  /** Awarded to Bridge Housing and contracted: `contractId` is Bridge's contract. */
  contracted: Fixture;
}

/** Builds the shared records at the real time; then moves the clock 15 days on so `closed` is closed. */
export const buildSharedFixtures = async (): Promise<SharedFixtures> => {
  const evaluated = await evaluations();
  const open = await opportunityWithSubmittedBid({
    clarificationDeadline: await inDays(20),
    submissionDeadline: await inDays(30),
  });
  const asked = await api("POST", `/api/opportunities/${open.params.opportunityId}/questions`, {
    token: await token(principals.provider),
    body: { question: "Can the service start in stages?" },
  });
  expect(asked.status, JSON.stringify(asked.body)).toBe(201);
  open.params.questionId = asked.body.id;
  open.versions.question = asked.body.version;

  const closed = await opportunityWithSubmittedBid({
    clarificationDeadline: await inDays(7),
    submissionDeadline: await inDays(14),
  });

  const ade = await token("user-provider-open-door");
  await freeToApply(ade);
  // The unadmitted provider applies in the matrix: another file may have left it an application waiting.
  await freeToApply(await token(principals.unadmittedProvider));
  const attachment = await uploadDocument(ade, { type: "application" }, "Annual accounts.pdf");
  const applied = await api("POST", "/api/framework/applications", {
    token: ade,
    body: { ...applicationInput("Open Door Advice"), attachments: [attachment] },
  });
  expect(applied.status, JSON.stringify(applied.body)).toBe(201);

  const sentReferral = await referral("sent");
  const notifications = await api("GET", "/api/notifications", { token: await token(principals.provider) });
  expect(notifications.body.items?.length, JSON.stringify(notifications.body)).toBeGreaterThan(0);

  await setClock({ offsetMs: 15 * dayMs });
  refreshTokens();
  return {
    none: { owner: principals.provider, params: {}, versions: {}, partitions: [] },
    open,
    closed,
    application: {
      owner: "user-provider-open-door",
      params: { applicationId: applied.body.id, documentId: attachment.documentId },
      versions: { application: applied.body.version },
      partitions: [applicationKind.pk({ id: applied.body.id }), accountKeys.organisation("org-open-door").pk],
    },
    catalogue: {
      owner: principals.provider,
      params: { interventionId: bridgeIntervention },
      versions: {},
      partitions: [],
    },
    referral: sentReferral,
    notification: {
      owner: principals.provider,
      params: { notificationId: notifications.body.items[0].id },
      versions: {},
      partitions: [notificationKind.pk({ audience: { organisationId: "org-bridge-housing" } })],
    },
    ...evaluated,
  };
};

/** Records a row changes: built afresh for each row, so one row's change never decides another's status. */
export const freshFixtures = {
  /** A complete draft opportunity. */
  draftOpportunity: async (): Promise<Fixture> => {
    const o = await opportunity({ publish: false });
    return {
      owner: principals.provider,
      params: { opportunityId: o.id },
      versions: { opportunity: o.version },
      partitions: [opportunityPartition(o.id)],
    };
  },
  /** A published, open opportunity without bids. */
  publishedOpportunity: async (): Promise<Fixture> => {
    const o = await opportunity();
    return {
      owner: principals.provider,
      params: { opportunityId: o.id },
      versions: { opportunity: o.version },
      partitions: [opportunityPartition(o.id)],
    };
  },
  /** An open opportunity with Bridge Housing's complete draft bid. */
  draftBid: async (): Promise<Fixture> => {
    const o = await opportunity();
    return {
      owner: principals.provider,
      params: { opportunityId: o.id },
      versions: { bid: await draftBid(principals.provider, o.id) },
      partitions: [opportunityPartition(o.id)],
    };
  },
  /** An open opportunity with Bridge Housing's submitted bid. */
  submittedBid: async (): Promise<Fixture> => {
    const o = await opportunity();
    const version = await submitBid(principals.provider, o.id, await draftBid(principals.provider, o.id));
    return {
      owner: principals.provider,
      params: { opportunityId: o.id },
      versions: { bid: version },
      partitions: [opportunityPartition(o.id)],
    };
  },
  /** An open London opportunity with its tender notice drafted by Helen Carter, not yet published. */
  draftNotice: async (): Promise<Fixture> => {
    const o = await opportunity();
    const drafted = await api("POST", `/api/procurements/${o.id}/notices`, {
      token: await token(principals.commissioner),
      body: { kind: "tender" },
    });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
    return {
      owner: principals.provider,
      params: { opportunityId: o.id, procurementId: o.id, noticeId: drafted.body.id },
      versions: { notice: drafted.body.version },
      partitions: [opportunityPartition(o.id), `NOTICE#${drafted.body.id}`],
    };
  },
  /** Sam Rowe's draft referral to Bridge Housing, nothing answered yet. */
  draftReferral: () => referral("draft"),
  /** Sam Rowe's draft with every section answered, ready to send. */
  completeDraftReferral: () => referral("completeDraft"),
  /** Sam Rowe's referral, just sent to Bridge Housing. */
  sentReferral: () => referral("sent"),
  /** Sent, with the initial assessment booked. */
  bookedReferral: () => referral("booked"),
  /** The initial assessment attended: the intervention has started. */
  startedReferral: () => referral("started"),
  /** Started, with an action plan of two sessions waiting for the officer's approval. */
  submittedReferral: () => referral("submitted"),
  /** Started, with an approved action plan of two sessions. */
  plannedReferral: () => referral("planned"),
  /** Planned, with session 1 scheduled. */
  scheduledReferral: () => referral("scheduled"),
  /** Started, with its end-of-service report in. */
  reportedReferral: () => referral("reported"),
  // Issue 16: members and invitations (people-fixtures.ts).
  ...peopleFixtures,
  /** Bridge Housing's proposed change to its seeded contract (effective 2099). */
  contractChange,
  /** Bridge Housing's unshared issue report on its seeded contract. */
  contractIssue,
  /** A terminated Bridge Housing contract with Sam Rowe's open referral under it, ready to transfer. */
  terminatedContractReferral,
  /** A file Bridge Housing uploaded for a framework document, not yet filed. */
  frameworkUpload,
  // Issue 18 item 4: performance reviews (review-fixtures.ts).
  ...reviewFixtures,
};
export type FixtureName = keyof SharedFixtures | keyof typeof freshFixtures;

/** A complete framework application body (without attachments). */
export const applicationInput = (organisationName: string) => ({
  organisationName,
  legalForm: "Charitable incorporated organisation",
  registrationNumber: "1187342",
  size: "small",
  vcse: true,
  needAreaIds: ["finance-benefits-debt"],
  regionIds: ["london"],
  safeguardingDeclaration: true,
  dataProtectionDeclaration: true,
});
