import * as z from "zod";
import { pageQuerySchema, pageSchema } from "#shared/common/pagination.ts";
import { noteInputSchema, versionInputSchema } from "#shared/referrals/delivery.ts";
import {
  caseNoteSchema,
  caseworkerSchema,
  inboxTabSchema,
  referralPageSchema,
  referralSchema,
  timelineEntrySchema,
} from "#shared/referrals/referral.ts";
import { officerScopeSchema, officerTabSchema } from "#shared/referrals/officer-tabs.ts";
import { sectionIdSchema } from "#shared/referrals/sections.ts";
import { defineRoutes } from "../platform/route.ts";
import {
  action,
  assignRoute,
  firstContactRoute,
  bookAssessmentRoute,
  recordAssessmentRoute,
  submitActionPlanRoute,
  reviewActionPlanRoute,
  scheduleSessionRoute,
  rescheduleSessionRoute,
  recordSessionRoute,
  endOfServiceReportRoute,
  completeRoute,
  withdrawRoute,
} from "./delivery-routes.ts";
import { amendRoute, listChangesRoute } from "./amendment-routes.ts";
import { restrictRoute } from "./restriction-routes.ts";
import { markFeedbackSeenRoute } from "./feedback-seen-routes.ts";
import { both, context, ok, officer, provider, referralParams } from "./route-parts.ts";

const sort = z.enum(["newest", "oldest"], { message: "Sort by newest or oldest" }).default("newest");

const search = z
  .string()
  .trim()
  .min(2, "Enter at least 2 characters to search for")
  .max(60, "Enter 60 characters or fewer to search for")
  .optional();

export const listInboxRoute = {
  operationId: "listReferralInbox",
  method: "GET",
  path: "/api/referrals/inbox",
  summary: "The provider's referrals by tab, optionally overdue only or searched by name, CRN or reference",
  context,
  handler: "referrals/list-inbox.ts",
  access: provider,
  memberRole: "caseworker",
  request: {
    query: pageQuerySchema.extend({
      tab: inboxTabSchema.default("unassigned"),
      overdue: z
        .enum(["true", "false"], { message: "Say whether to show only overdue referrals: true or false" })
        .optional()
        .transform((v) => v === "true"),
      approval: z
        .enum(["true", "false"], {
          message: "Say whether to show only plans awaiting approval: true or false",
        })
        .optional()
        .transform((v) => v === "true"),
      sort,
      q: search,
    }),
  },
  response: { status: 200, description: "A page of referrals", schema: referralPageSchema },
  grants: { table: "readwrite" },
  auditsReads: true,
} as const;

export const listCaseworkersRoute = {
  operationId: "listCaseworkers",
  method: "GET",
  path: "/api/referrals/caseworkers",
  summary: "The people of the provider's organisation who can be assigned referrals",
  context,
  handler: "referrals/list-caseworkers.ts",
  access: provider,
  memberRole: "caseworker",
  response: {
    status: 200,
    description: "Caseworkers",
    schema: z.object({ items: z.array(caseworkerSchema) }),
  },
  grants: { table: "read" },
} as const;

export const listOfficerReferralsRoute = {
  operationId: "listMyReferrals",
  method: "GET",
  path: "/api/referrals",
  summary:
    "A tab of the officers' dashboard, the officer's own or their PDU's, or their PDU's referrals searched by name, CRN or reference",
  context,
  handler: "referrals/list-referrals.ts",
  access: officer,
  request: {
    query: pageQuerySchema.extend({
      tab: officerTabSchema.default("unassigned"),
      scope: officerScopeSchema.default("mine"),
      sort,
      q: search,
    }),
  },
  response: { status: 200, description: "A page of referrals", schema: referralPageSchema },
  grants: { table: "readwrite" },
  auditsReads: true,
} as const;

export const createReferralRoute = {
  operationId: "startReferral",
  method: "POST",
  path: "/api/referrals",
  summary: "Start a draft referral to a live intervention",
  context,
  handler: "referrals/create-referral.ts",
  access: officer,
  request: {
    body: z.object({ interventionId: z.string({ message: "Choose an intervention" }).min(1).max(100) }),
  },
  response: { status: 201, description: "The new draft", schema: referralSchema },
  idempotent: true,
  grants: { table: "readwrite" },
} as const;

export const getReferralRoute = {
  operationId: "getReferral",
  method: "GET",
  path: "/api/referrals/{referralId}",
  summary: "One referral, for its officer (and their PDU) and its provider; the read is audited",
  context,
  handler: "referrals/get-referral.ts",
  access: both,
  request: { params: referralParams },
  response: ok("The referral"),
  grants: { table: "readwrite" },
  auditsReads: true,
} as const;

export const saveSectionRoute = {
  operationId: "saveReferralSection",
  method: "PUT",
  path: "/api/referrals/{referralId}/sections/{section}",
  summary: "Save one section of a draft; `finished` asks for every question to be answered",
  context,
  handler: "referrals/save-section.ts",
  access: officer,
  request: {
    params: referralParams.extend({ section: sectionIdSchema }),
    body: z
      .object({
        version: z.number({ message: "Reload the referral and try again" }).int(),
        finished: z.boolean({ message: "Say whether the section is finished: true or false" }).default(false),
      })
      // The section's own answers, checked by its schema in the handler; bounded here so none is huge.
      .catchall(
        z.union(
          [
            z.string().max(4000, "Answers must be 4,000 characters or fewer"),
            z.number(),
            z.boolean(),
            z.null(),
            z.array(z.string().max(300, "Select answers from the list")).max(20, "Select at most 20 answers"),
          ],
          { message: "Answer the question with text, a number or a choice from the list" },
        ),
      ),
  },
  response: ok("The draft"),
  grants: { table: "readwrite" },
} as const;

export const sendReferralRoute = {
  operationId: "sendReferral",
  method: "POST",
  path: "/api/referrals/{referralId}/send",
  summary: "Send a complete draft: gives it a unique reference, starts the SLA clocks and tells the provider",
  context,
  handler: "referrals/send-referral.ts",
  access: officer,
  request: { params: referralParams, body: versionInputSchema },
  response: ok("The sent referral"),
  idempotent: true,
  grants: { table: "readwrite" },
} as const;

export const addNoteRoute = {
  ...action("addCaseNote", "notes", "add-note", "Add a case note (either side)", noteInputSchema, both),
  response: { status: 201, description: "The note", schema: caseNoteSchema },
  idempotent: true,
} as const;

export const listNotesRoute = {
  operationId: "listCaseNotes",
  method: "GET",
  path: "/api/referrals/{referralId}/notes",
  summary: "A referral's case notes, oldest first; the read is audited",
  context,
  handler: "referrals/list-notes.ts",
  access: both,
  request: { params: referralParams, query: pageQuerySchema },
  response: { status: 200, description: "A page of case notes", schema: pageSchema(caseNoteSchema) },
  grants: { table: "readwrite" },
  auditsReads: true,
} as const;

export const timelineRoute = {
  operationId: "getReferralTimeline",
  method: "GET",
  path: "/api/referrals/{referralId}/timeline",
  summary: "Every event of a referral, oldest first",
  context,
  handler: "referrals/get-timeline.ts",
  access: both,
  request: { params: referralParams, query: pageQuerySchema },
  response: { status: 200, description: "A page of events", schema: pageSchema(timelineEntrySchema) },
  grants: { table: "read" },
} as const;

export const referralRoutes = defineRoutes([
  listInboxRoute,
  listCaseworkersRoute,
  listOfficerReferralsRoute,
  createReferralRoute,
  getReferralRoute,
  saveSectionRoute,
  sendReferralRoute,
  assignRoute,
  firstContactRoute,
  bookAssessmentRoute,
  recordAssessmentRoute,
  submitActionPlanRoute,
  reviewActionPlanRoute,
  scheduleSessionRoute,
  rescheduleSessionRoute,
  recordSessionRoute,
  endOfServiceReportRoute,
  completeRoute,
  withdrawRoute,
  addNoteRoute,
  listNotesRoute,
  timelineRoute,
  amendRoute,
  listChangesRoute,
  restrictRoute,
  markFeedbackSeenRoute,
]);
