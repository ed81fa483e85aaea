import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { expect, inject } from "vitest";
import { settleJobs } from "../../support/jobs.ts";
import { api, setClock, tokenFor } from "../../support/api.ts";
import { uploadDocument } from "../../support/documents.ts";
import { moderation, sheet } from "../../support/evaluation.ts";
import { completeBidContent, opportunityFields, portalNow } from "../../support/opportunities.ts";
import { fillDraft, startDraft } from "../../support/referrals.ts";
import { soon } from "../../support/soon.ts";
import { opportunityPartition } from "#functions/platform/data/shared-items.ts";
import { auditKeys } from "#functions/platform/data/audit.ts";
import { contractKeys } from "#functions/contracts/items.ts";
import { applicationKind } from "#functions/framework/items.ts";
import { accountKeys } from "#functions/accounts/repository.ts";
import { notificationKind } from "#functions/notifications/items.ts";
import { referralKind } from "#functions/referrals/items.ts";

/** Everyone the suite signs in as; "provider" is the owner of the default records (Bridge Housing). */
export const principals = {
  anonymous: undefined,
  provider: "user-provider-bridge",
  otherProvider: "user-provider-pathways",
  unadmittedProvider: "user-provider-fresh-start",
  commissioner: "user-commissioner-london",
  otherCommissioner: "user-commissioner-wales",
  officer: "user-officer-camden",
  otherOfficer: "user-officer-hackney",
} as const;
export type PrincipalKey = keyof typeof principals;
export const principalKeys = Object.keys(principals) as PrincipalKey[];

/** A record built through the API for a row to act on. */
export interface Fixture {
  /** The user of the owning organisation: the "provider" column for this record. */
  owner: string;
  /** Path parameters by name, and any other value of the record a row's body names. */
  params: Record<string, string>;
  /** Versions of the records a body may need. */
  versions: Record<string, number>;
  /** Partitions (pk) that a refused request must leave exactly as they were. */
  partitions: string[];
}

export const dayMs = 86_400_000;
/** An instant this many days from the portal's clock. */
export const inDays = async (days: number) =>
  new Date((await portalNow()).getTime() + days * dayMs).toISOString();

const tokens = new Map<string, string>();
/** A token for the user, signed at the portal's current time (call `refreshTokens` after moving the clock). */
export const token = async (userId: string) => {
  let t = tokens.get(userId);
  if (!t) {
    t = await tokenFor(userId);
    tokens.set(userId, t);
  }
  return t;
};
export const refreshTokens = () => tokens.clear();

/** Creates (and optionally publishes) a London finance opportunity as the London commissioner. */
export const opportunity = async (
  options: { publish?: boolean; overrides?: Record<string, unknown> } = {},
): Promise<{ id: string; version: number }> => {
  const helen = await token(principals.commissioner);
  // Finance: both Bridge Housing and Northern Pathways are admitted for it in London, so the "other
  // provider" can see the opportunity and reaches the checks on records that are not its own.
  const body = await opportunityFields({ needAreaId: "finance-benefits-debt", ...options.overrides });
  const created = await api("POST", "/api/opportunities", { token: helen, body });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  if (options.publish === false) return created.body;
  const published = await api("POST", `/api/opportunities/${created.body.id}/publish`, {
    token: helen,
    body: { version: created.body.version },
  });
  expect(published.status, JSON.stringify(published.body)).toBe(200);
  return published.body;
};

/** Saves a complete draft bid as the user; returns its version. */
export const draftBid = async (
  userId: string,
  opportunityId: string,
  content: object = completeBidContent(),
) => {
  const saved = await api("PUT", `/api/opportunities/${opportunityId}/bid`, {
    token: await token(userId),
    body: { content, version: 0 },
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return saved.body.version as number;
};

/** Submits the user's bid at the given version; returns the new version. */
export const submitBid = async (userId: string, opportunityId: string, version: number) => {
  const submitted = await api("POST", `/api/opportunities/${opportunityId}/bid/submit`, {
    token: await token(userId),
    body: { version },
  });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  return submitted.body.version as number;
};

/** Bridge Housing's submitted bid with one attachment, on a fresh opportunity. */
const opportunityWithSubmittedBid = async (overrides: Record<string, unknown>): Promise<Fixture> => {
  const o = await opportunity({ overrides });
  const bridge = await token(principals.provider);
  const attachment = await uploadDocument(bridge, { type: "bid", opportunityId: o.id });
  const content = { ...completeBidContent(), attachments: [attachment] };
  const bidVersion = await submitBid(
    principals.provider,
    o.id,
    await draftBid(principals.provider, o.id, content),
  );
  return {
    owner: principals.provider,
    params: { opportunityId: o.id, organisationId: "org-bridge-housing", documentId: attachment.documentId },
    versions: { opportunity: o.version, bid: bidVersion },
    partitions: [opportunityPartition(o.id)],
  };
};

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

const evaluationSteps = [
  "closedUnpanelled",
  "panelled",
  "declared",
  "scored",
  "moderated",
  "awarded",
  "contracted",
] as const;
type EvaluationStep = (typeof evaluationSteps)[number];
const bridgeBidders = { bidders: [{ organisationId: "org-bridge-housing", conflict: false }] };

/** Calls the API as a user and expects a success; returns the body. */
const expectOk = async (userId: string, method: string, path: string, body?: unknown) => {
  const res = await api(method, path, {
    token: await token(userId),
    ...(body === undefined ? {} : { body }),
  });
  expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res.body;
};

/**
 * One London finance competition per evaluation step, each with Bridge Housing's bid and Helen Carter
 * (its creator, so the lead) as the only evaluator. Built 40 days in the past so that they are closed
 * at the real time and the awards' standstill (8 working days) has ended; leaves the clock at real time.
 */
const evaluations = async (): Promise<Record<EvaluationStep, Fixture>> => {
  await setClock({ offsetMs: -40 * dayMs });
  refreshTokens();
  const ids = {} as Record<EvaluationStep, string>;
  for (const step of evaluationSteps) {
    const o = await opportunity({
      overrides: { clarificationDeadline: await inDays(7), submissionDeadline: await inDays(14) },
    });
    await submitBid(principals.provider, o.id, await draftBid(principals.provider, o.id));
    ids[step] = o.id;
  }
  await setClock({ offsetMs: -25 * dayMs });
  refreshTokens();
  const helen = principals.commissioner;
  const reached = (step: EvaluationStep, s: EvaluationStep) =>
    evaluationSteps.indexOf(step) >= evaluationSteps.indexOf(s);
  for (const step of evaluationSteps) {
    const base = `/api/opportunities/${ids[step]}/evaluation`;
    const bid = `${base}/bids/org-bridge-housing`;
    if (!reached(step, "panelled")) continue;
    await expectOk(helen, "PUT", `${base}/panel`, { evaluatorIds: [helen], version: 0 });
    if (!reached(step, "declared")) continue;
    await expectOk(helen, "POST", `${base}/declaration`, bridgeBidders);
    if (!reached(step, "scored")) continue;
    await expectOk(helen, "POST", `${bid}/scores`, sheet(3));
    if (!reached(step, "moderated")) continue;
    await expectOk(helen, "PUT", `${bid}/moderation`, moderation(3, 3, 3));
    if (!reached(step, "awarded")) continue;
    const { version } = await expectOk(helen, "GET", base);
    await expectOk(helen, "POST", `${base}/outcome`, {
      decision: "award",
      organisationIds: ["org-bridge-housing"],
      reason: "The best value for money",
      version,
    });
  }
  await setClock({ offsetMs: 0 });
  refreshTokens();
  const contracted = await expectOk(
    helen,
    "POST",
    `/api/opportunities/${ids.contracted}/evaluation/contracts`,
    {
      version: (await expectOk(helen, "GET", `/api/opportunities/${ids.contracted}/evaluation`)).version,
    },
  );
  const fixtures = {} as Record<EvaluationStep, Fixture>;
  for (const step of evaluationSteps) {
    const evaluation = await expectOk(helen, "GET", `/api/opportunities/${ids[step]}/evaluation`);
    fixtures[step] = {
      owner: principals.provider,
      params: { opportunityId: ids[step], organisationId: "org-bridge-housing" },
      versions: { evaluation: evaluation.version ?? 0 },
      partitions: [opportunityPartition(ids[step])],
    };
  }
  fixtures.contracted.params.contractId = contracted.items[0].id;
  fixtures.contracted.partitions.push(contractKeys.contract(contracted.items[0].id).pk);
  // The dashboards list a contract once the stream consumer has seen it.
  await settleJobs();
  return fixtures;
};

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

/** Bridge Housing's low-tier accommodation intervention in the seed: live, and open to both London PDUs. */
export const bridgeIntervention = "contract-bridge-accommodation-low";

const referralStages = [
  "draft",
  "completeDraft",
  "sent",
  "booked",
  "started",
  "planned",
  "scheduled",
  "reported",
] as const;
type ReferralStage = (typeof referralStages)[number];

/**
 * A referral by Sam Rowe (officer, camden-and-islington) to Bridge Housing's live intervention, taken
 * through the API as far as `stage`: a draft; every section answered; sent; its initial assessment
 * booked; attended (the intervention has started); an action plan of two sessions; session 1
 * scheduled. "reported" is started with its end-of-service report in. Bridge Housing is the owner.
 */
export const referral = async (stage: ReferralStage): Promise<Fixture> => {
  const { token: sam, draft } = await startDraft(principals.officer, bridgeIntervention);
  const id = draft.id as string;
  let version = draft.version as number;
  let desiredOutcome = "";
  const fixture = (): Fixture => ({
    owner: principals.provider,
    params: { referralId: id, section: "reason", sessionNumber: "1", desiredOutcome },
    versions: { referral: version },
    // The referral and its notes; its change trail; the trail of who read it (a refused read is not audited).
    partitions: [
      referralKind.pk({ id: id }),
      auditKeys.trail("referral", id),
      auditKeys.trail("referral-access", id),
    ],
  });
  const stopsBefore = (s: ReferralStage) => referralStages.indexOf(stage) < referralStages.indexOf(s);
  const step = async (as: string, path: string, body: object = {}) => {
    const res = await api("POST", `/api/referrals/${id}/${path}`, { token: as, body: { ...body, version } });
    expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
    version = res.body.version;
  };
  if (stopsBefore("completeDraft")) return fixture();
  const filled = await fillDraft(sam, draft);
  version = filled.version;
  desiredOutcome = filled.answers.intervention.desiredOutcomes[0]!;
  if (stopsBefore("sent")) return fixture();
  await step(sam, "send");
  if (stopsBefore("booked")) return fixture();
  const bridge = await token(principals.provider);
  await step(bridge, "assessment", await appointment(2));
  if (stopsBefore("started")) return fixture();
  await step(bridge, "assessment/outcome", { attendance: "attended" });
  if (stage === "reported") {
    await step(bridge, "end-of-service-report", endOfServiceReport(desiredOutcome));
    return fixture();
  }
  if (stopsBefore("planned")) return fixture();
  await step(bridge, "action-plan", {
    activities: ["Work out a plan to clear the rent arrears"],
    sessions: 2,
  });
  if (stopsBefore("scheduled")) return fixture();
  // Recorded only once started (the matrix records it): book it a moment ahead and wait.
  const start = await soon(2);
  await step(bridge, "sessions", { ...(await appointment(3)), at: start.at });
  await start.started();
  return fixture();
};

/** A video appointment, one-to-one, this many days from the portal's clock. */
export const appointment = async (days: number) => ({
  at: await inDays(days),
  durationMinutes: 60,
  format: "one-to-one",
  method: "video",
});

/** An end-of-service report on the referral's one desired outcome. */
export const endOfServiceReport = (desiredOutcome: string) => ({
  outcomes: [{ outcome: desiredOutcome, achievement: "achieved", progress: "The tenancy is secure." }],
  furtherWork: "Nothing",
});

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
  /** Started, with an action plan of two sessions. */
  plannedReferral: () => referral("planned"),
  /** Planned, with session 1 scheduled. */
  scheduledReferral: () => referral("scheduled"),
  /** Started, with its end-of-service report in. */
  reportedReferral: () => referral("reported"),
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

let client: DynamoDBDocumentClient | undefined;
/** DynamoDB Local of the reliability stack, read directly to see what the portal really stored. */
export const table = () => {
  client ??= DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: inject("dynamoEndpoint"),
      region: "eu-west-2",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
  );
  return client;
};

/** Every item of a partition (or of an index partition), in key order. */
export const partitionItems = async (pk: string, index?: "gsi1" | "gsi2" | "gsi3") => {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await table().send(
      new QueryCommand({
        TableName: inject("tableName"),
        ...(index ? { IndexName: index } : {}),
        KeyConditionExpression: "#pk = :pk",
        ExpressionAttributeNames: { "#pk": index ? `${index}pk` : "pk" },
        ExpressionAttributeValues: { ":pk": pk },
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
};

/** A snapshot of several partitions, to compare before and after a request. */
export const snapshot = async (partitions: string[]) =>
  Object.fromEntries(
    await Promise.all(partitions.map(async (pk) => [pk, await partitionItems(pk)] as const)),
  );

/** Fills `{name}` placeholders of a route path from the fixture; names a missing one. */
export const fillPath = (path: string, params: Record<string, string>) =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`The fixture has no value for {${name}} in ${path}`);
    return encodeURIComponent(value);
  });
