import * as z from "zod";
import { cursorSchema, pageSizeSchema } from "#shared/common/pagination.ts";
import { pathId } from "#shared/http/path-id.ts";
import { noticeSchema, registerEntrySchema, registerQuerySchema } from "#shared/notices/notice.ts";
import { defineRoutes } from "../platform/route.ts";

/**
 * The public record: anyone may read it without signing in. Each answer is a Query on a key or one
 * partition, cached for a minute (published notices never change; new ones appear within it).
 */
const context = "notices";
const procurementParams = z.object({ procurementId: pathId("procurement") });
const ocdsPackage = z.looseObject({ uri: z.string(), version: z.literal("1.1") });

export const publicRegisterRoute = {
  operationId: "listPublicNotices",
  method: "GET",
  path: "/api/public/notices",
  summary: "The public register of published notices: filter by kind, need area, region, date and text",
  context,
  handler: "notices/public-register.ts",
  access: "public",
  request: { query: registerQuerySchema.extend({ limit: pageSizeSchema(20) }) },
  response: {
    status: 200,
    description: "A page of notices, newest first",
    schema: z.object({ items: z.array(registerEntrySchema), nextCursor: z.string().optional() }),
  },
  grants: { table: "read" },
  noStore: false,
} as const;

export const publicNoticeRoute = {
  operationId: "getPublicNotice",
  method: "GET",
  path: "/api/public/notices/{noticeId}",
  summary: "One published notice",
  context,
  handler: "notices/public-notice.ts",
  access: "public",
  request: { params: z.object({ noticeId: pathId("notice") }) },
  response: { status: 200, description: "The notice", schema: noticeSchema },
  grants: { table: "read" },
  noStore: false,
} as const;

export const publicProcurementRoute = {
  operationId: "getPublicProcurement",
  method: "GET",
  path: "/api/public/procurements/{procurementId}/notices",
  summary: "A procurement's published notices in the order they were published",
  context,
  handler: "notices/public-procurement.ts",
  access: "public",
  request: { params: procurementParams },
  response: {
    status: 200,
    description: "The procurement's notices",
    schema: z.object({
      procurementId: z.string(),
      procurementTitle: z.string(),
      ocid: z.string(),
      items: z.array(noticeSchema),
    }),
  },
  grants: { table: "read" },
  noStore: false,
} as const;

export const publicRecordRoute = {
  operationId: "getPublicRecord",
  method: "GET",
  path: "/api/public/procurements/{procurementId}/record",
  summary: "A procurement's OCDS 1.1 record package: its releases and the compiled release",
  context,
  handler: "notices/public-record.ts",
  access: "public",
  request: { params: procurementParams },
  response: { status: 200, description: "The record package", schema: ocdsPackage },
  grants: { table: "read" },
  noStore: false,
} as const;

export const publicReleasesRoute = {
  operationId: "getPublicReleases",
  method: "GET",
  path: "/api/public/procurements/{procurementId}/releases",
  summary: "A procurement's OCDS 1.1 releases as a release package",
  context,
  handler: "notices/public-releases.ts",
  access: "public",
  request: { params: procurementParams },
  response: { status: 200, description: "The release package", schema: ocdsPackage },
  grants: { table: "read" },
  noStore: false,
} as const;

export const publicFeedRoute = {
  operationId: "getReleaseFeed",
  method: "GET",
  path: "/api/public/releases",
  summary: "Every published release in publication order, as release packages a page at a time (harvestable)",
  context,
  handler: "notices/public-feed.ts",
  access: "public",
  request: {
    query: z.object({
      since: z.iso
        .datetime({ message: "Give since as a date and time, e.g. 2026-01-31T00:00:00Z" })
        .optional(),
      cursor: cursorSchema.optional(),
      limit: pageSizeSchema(100),
    }),
  },
  response: {
    status: 200,
    description: "A release package of up to `limit` releases, with a link to the next page",
    schema: ocdsPackage,
  },
  grants: { table: "read" },
  noStore: false,
} as const;

export const publicRoutes = defineRoutes([
  publicRegisterRoute,
  publicNoticeRoute,
  publicProcurementRoute,
  publicRecordRoute,
  publicReleasesRoute,
  publicFeedRoute,
]);
