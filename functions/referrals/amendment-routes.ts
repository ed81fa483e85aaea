import { pageQuerySchema, pageSchema } from "#shared/common/pagination.ts";
import { amendmentInputSchema, changeSchema } from "#shared/referrals/amendments.ts";
import { action } from "./delivery-routes.ts";
import { both, context, officer, referralParams } from "./route-parts.ts";

/* Amending a sent referral and reading its changelog (issue 17, item 1). */

export const amendRoute = action(
  "amendReferral",
  "amendments",
  "amend",
  "Amend a sent referral: one group of fields with a reason; the provider is told and the changelog keeps it",
  amendmentInputSchema,
  officer,
);

export const listChangesRoute = {
  operationId: "listReferralChanges",
  method: "GET",
  path: "/api/referrals/{referralId}/changes",
  summary: "A referral's changelog: what changed, from and to, who, when and why; the read is audited",
  context,
  handler: "referrals/list-changes.ts",
  access: both,
  request: { params: referralParams, query: pageQuerySchema },
  response: { status: 200, description: "A page of changes", schema: pageSchema(changeSchema) },
  grants: { table: "readwrite" },
  auditsReads: true,
} as const;
