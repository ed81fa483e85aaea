import * as z from "zod";
import { pathId } from "#shared/http/path-id.ts";
import {
  draftNoticeSchema,
  editNoticeSchema,
  noticeSchema,
  procurementNoticesSchema,
  publishNoticeSchema,
} from "#shared/notices/notice.ts";
import { defineRoutes } from "../platform/route.ts";

const procurementParams = z.object({ procurementId: pathId("procurement") });
const noticeParams = z.object({ noticeId: pathId("notice") });
const context = "notices";

/** A procurement's notices, drafts included, and the kinds now due. */
export const listProcurementNoticesRoute = {
  operationId: "listProcurementNotices",
  method: "GET",
  path: "/api/procurements/{procurementId}/notices",
  summary: "A procurement's notices (drafts and published) and the notices now due to be drafted",
  context,
  handler: "notices/list-notices.ts",
  access: ["commissioner"],
  request: { params: procurementParams },
  response: { status: 200, description: "The notices", schema: procurementNoticesSchema },
  grants: { table: "read" },
} as const;

/** The portal drafts a notice of a kind from the procurement's record. */
export const draftNoticeRoute = {
  operationId: "draftNotice",
  method: "POST",
  path: "/api/procurements/{procurementId}/notices",
  summary: "Draft a notice from the procurement's record (facts from the record; free text editable)",
  context,
  handler: "notices/draft-notice.ts",
  access: ["commissioner"],
  request: { params: procurementParams, body: draftNoticeSchema },
  response: { status: 201, description: "The draft", schema: noticeSchema },
  grants: { table: "readwrite" },
} as const;

/** A notice as its commissioner reviews it. */
export const getNoticeRoute = {
  operationId: "getNotice",
  method: "GET",
  path: "/api/notices/{noticeId}",
  summary: "A notice, draft or published, for the commissioners of its procurement",
  context,
  handler: "notices/get-notice.ts",
  access: ["commissioner"],
  request: { params: noticeParams },
  response: { status: 200, description: "The notice", schema: noticeSchema },
  grants: { table: "read" },
} as const;

/** The commissioner edits a draft's free text; a published notice cannot change (409). */
export const editNoticeRoute = {
  operationId: "editNotice",
  method: "PUT",
  path: "/api/notices/{noticeId}",
  summary: "Edit a draft notice's description (a published notice is immutable: 409)",
  context,
  handler: "notices/edit-notice.ts",
  access: ["commissioner"],
  request: { params: noticeParams, body: editNoticeSchema },
  response: { status: 200, description: "The draft", schema: noticeSchema },
  grants: { table: "readwrite" },
} as const;

/** The commissioner publishes a draft; an award notice starts standstill. */
export const publishNoticeRoute = {
  operationId: "publishNotice",
  method: "POST",
  path: "/api/notices/{noticeId}/publish",
  summary: "Publish a draft notice (a contract award notice starts the 8-working-day standstill)",
  context,
  handler: "notices/publish-notice.ts",
  access: ["commissioner"],
  request: { params: noticeParams, body: publishNoticeSchema },
  response: { status: 200, description: "The published notice", schema: noticeSchema },
  grants: { table: "readwrite" },
} as const;

/** A correction: a new draft, re-drafted from the record, naming the notice it corrects. */
export const correctNoticeRoute = {
  operationId: "correctNotice",
  method: "POST",
  path: "/api/notices/{noticeId}/corrections",
  summary: "Draft a correction of a published notice (a new notice naming the one it corrects)",
  context,
  handler: "notices/correct-notice.ts",
  access: ["commissioner"],
  request: { params: noticeParams },
  response: { status: 201, description: "The correction's draft", schema: noticeSchema },
  grants: { table: "readwrite" },
} as const;

export const commissionerNoticeRoutes = defineRoutes([
  listProcurementNoticesRoute,
  draftNoticeRoute,
  getNoticeRoute,
  editNoticeRoute,
  publishNoticeRoute,
  correctNoticeRoute,
]);
