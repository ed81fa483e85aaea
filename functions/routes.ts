import { accountRoutes } from "./accounts/routes.ts";
import { bidRoutes } from "./bids/routes.ts";
import { catalogueRoutes } from "./catalogue/routes.ts";
import { clarificationRoutes } from "./clarifications/routes.ts";
import { documentRoutes } from "./documents/routes.ts";
import { contractChangeRoutes } from "./contracts/change-routes.ts";
import { contractIssueRoutes } from "./contracts/issue-routes.ts";
import { contractReviewRoutes } from "./contracts/review-routes.ts";
import { contractRoutes } from "./contracts/routes.ts";
import { contractTransferRoutes } from "./contracts/transfer-routes.ts";
import { evaluationRoutes } from "./evaluation/routes.ts";
import { frameworkRoutes } from "./framework/routes.ts";
import { membershipRoutes } from "./framework/membership-routes.ts";
import { documentRoutes as frameworkDocumentRoutes } from "./framework/document-routes.ts";
import { noticeRoutes } from "./notices/all-routes.ts";
import { notificationRoutes } from "./notifications/routes.ts";
import { opportunityRoutes } from "./opportunities/routes.ts";
import { performanceExportRoutes } from "./performance/export-routes.ts";
import { performanceRoutes } from "./performance/routes.ts";
import type { RouteDefinition } from "./platform/route.ts";
import { platformRoutes } from "./platform/routes.ts";
import { referenceRoutes } from "./reference/routes.ts";
import { referralRoutes } from "./referrals/routes.ts";
import { transparencyRoutes } from "./transparency/routes.ts";

/**
 * THE route table. The CDK stack, the local gateway and the OpenAPI document all read this list;
 * each bounded context contributes its own rows. Nothing lists routes anywhere else.
 */
export const routeTable: readonly RouteDefinition[] = [
  ...platformRoutes,
  ...referenceRoutes,
  ...accountRoutes,
  ...frameworkRoutes,
  ...membershipRoutes,
  ...frameworkDocumentRoutes,
  ...opportunityRoutes,
  ...clarificationRoutes,
  ...bidRoutes,
  ...documentRoutes,
  ...catalogueRoutes,
  ...referralRoutes,
  ...notificationRoutes,
  ...evaluationRoutes,
  ...contractRoutes,
  ...contractChangeRoutes,
  ...contractIssueRoutes,
  ...contractReviewRoutes,
  ...contractTransferRoutes,
  ...transparencyRoutes,
  ...noticeRoutes,
  ...performanceRoutes,
  ...performanceExportRoutes,
];
