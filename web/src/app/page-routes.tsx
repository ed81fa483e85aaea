import { lazyPage } from "./lazy-page.tsx";
import { type RouteObject, useRoutes } from "react-router";
import type { Role } from "#shared/auth/role-names.ts";
import { NotFoundPage } from "../pages/errors/NotFoundPage.tsx";
import { noticeRoutes } from "../pages/notices/routes.tsx";
import { notificationRoutes } from "../pages/notifications/routes.tsx";
import { performanceRoutes } from "../pages/performance/routes.tsx";
import { referralRoutes } from "../pages/referrals/routes.tsx";
import { evaluationRoutes } from "../pages/evaluation/routes.tsx";
import { peopleRoutes } from "../pages/people/routes.tsx";
import { staffRoutes } from "../pages/staff/routes.tsx";
import { RequireMemberRole } from "../pages/people/RequireMemberRole.tsx";
import { contractRoutes } from "../pages/contracts/routes.tsx";
import { commissioner, only, provider } from "./only.tsx";

const SuppliersPage = lazyPage(() => import("../pages/framework/SuppliersPage.tsx"), "SuppliersPage");
const OwnMembershipPage = lazyPage(() => import("../pages/framework/SuppliersPage.tsx"), "OwnMembershipPage");
const MembershipPage = lazyPage(() => import("../pages/framework/MembershipPage.tsx"), "MembershipPage");
const EndMarketPage = lazyPage(() => import("../pages/framework/EndMarketPage.tsx"), "EndMarketPage");
const EndMarketCheckPage = lazyPage(
  () => import("../pages/framework/EndMarketCheckPage.tsx"),
  "EndMarketCheckPage",
);
const EndMarketConfirmationPage = lazyPage(
  () => import("../pages/framework/EndMarketConfirmationPage.tsx"),
  "EndMarketConfirmationPage",
);
const AttachmentsPage = lazyPage(() => import("../pages/bids/AttachmentsPage.tsx"), "AttachmentsPage");
const BidSubmittedPage = lazyPage(() => import("../pages/bids/BidSubmittedPage.tsx"), "BidSubmittedPage");
const BidTaskListPage = lazyPage(() => import("../pages/bids/BidTaskListPage.tsx"), "BidTaskListPage");
const BidViewPage = lazyPage(() => import("../pages/bids/BidViewPage.tsx"), "BidViewPage");
const CheckBidPage = lazyPage(() => import("../pages/bids/CheckBidPage.tsx"), "CheckBidPage");
const OfferPage = lazyPage(() => import("../pages/bids/OfferPage.tsx"), "OfferPage");
const QualityAnswerPage = lazyPage(() => import("../pages/bids/QualityAnswerPage.tsx"), "QualityAnswerPage");
const SocialValuePage = lazyPage(() => import("../pages/bids/SocialValuePage.tsx"), "SocialValuePage");
const ApplicationPage = lazyPage(() => import("../pages/framework/ApplicationPage.tsx"), "ApplicationPage");
const ApplicationsPage = lazyPage(
  () => import("../pages/framework/ApplicationsPage.tsx"),
  "ApplicationsPage",
);
const ApplyCheckPage = lazyPage(() => import("../pages/framework/ApplyCheckPage.tsx"), "ApplyCheckPage");
const ApplyConfirmationPage = lazyPage(
  () => import("../pages/framework/ApplyConfirmationPage.tsx"),
  "ApplyConfirmationPage",
);
const ApplyPage = lazyPage(() => import("../pages/framework/ApplyPage.tsx"), "ApplyPage");
const DecidedPage = lazyPage(() => import("../pages/framework/DecidedPage.tsx"), "DecidedPage");
const DecisionPage = lazyPage(() => import("../pages/framework/DecisionPage.tsx"), "DecisionPage");
const AnswerQuestionPage = lazyPage(
  () => import("../pages/opportunities/AnswerQuestionPage.tsx"),
  "AnswerQuestionPage",
);
const AuditTrailPage = lazyPage(() => import("../pages/opportunities/AuditTrailPage.tsx"), "AuditTrailPage");
const AskQuestionPage = lazyPage(
  () => import("../pages/opportunities/AskQuestionPage.tsx"),
  "AskQuestionPage",
);
const CancelOpportunityPage = lazyPage(
  () => import("../pages/opportunities/CancelOpportunityPage.tsx"),
  "CancelOpportunityPage",
);
const CreateOpportunityPage = lazyPage(
  () => import("../pages/opportunities/CreateOpportunityPage.tsx"),
  "CreateOpportunityPage",
);
const EditOpportunityPage = lazyPage(
  () => import("../pages/opportunities/EditOpportunityPage.tsx"),
  "EditOpportunityPage",
);
const ExtendDeadlinesPage = lazyPage(
  () => import("../pages/opportunities/ExtendDeadlinesPage.tsx"),
  "ExtendDeadlinesPage",
);
const OpportunitiesPage = lazyPage(
  () => import("../pages/opportunities/OpportunitiesPage.tsx"),
  "OpportunitiesPage",
);
const OpportunityPage = lazyPage(
  () => import("../pages/opportunities/OpportunityPage.tsx"),
  "OpportunityPage",
);
const QuestionsInboxPage = lazyPage(
  () => import("../pages/opportunities/QuestionsInboxPage.tsx"),
  "QuestionsInboxPage",
);
const either: readonly Role[] = ["commissioner", "provider"];

/**
 * Every page but the first ones (each role's home, signing in and out): loaded after the first page, so
 * that page does not wait for the routes and chunk lists of ~90 others (issue 15, ADR 0021). Paths are
 * from the root: these render under the first routes' catch-all, whose base is `/`.
 */
const routes: RouteObject[] = [
  only(provider, "framework/apply", <ApplyPage />),
  only(provider, "framework/apply/check", <ApplyCheckPage />),
  only(provider, "framework/apply/confirmation", <ApplyConfirmationPage />),
  only(commissioner, "framework/applications", <ApplicationsPage />),
  only(commissioner, "framework/applications/:applicationId", <ApplicationPage />),
  only(commissioner, "framework/applications/:applicationId/decision", <DecisionPage />),
  only(commissioner, "framework/applications/:applicationId/decided", <DecidedPage />),
  only(commissioner, "framework/suppliers", <SuppliersPage />),
  only(commissioner, "framework/suppliers/:organisationId/membership", <MembershipPage />),
  only(provider, "framework/membership", <OwnMembershipPage />),
  only(commissioner, "framework/cessation", <EndMarketPage />),
  only(commissioner, "framework/cessation/check", <EndMarketCheckPage />),
  only(commissioner, "framework/cessation/confirmation", <EndMarketConfirmationPage />),
  only(either, "opportunities", <OpportunitiesPage />),
  only(commissioner, "opportunities/new", <CreateOpportunityPage />),
  only(either, "opportunities/:opportunityId", <OpportunityPage />),
  only(commissioner, "opportunities/:opportunityId/edit", <EditOpportunityPage />),
  only(commissioner, "opportunities/:opportunityId/cancel", <CancelOpportunityPage />),
  only(commissioner, "opportunities/:opportunityId/deadlines", <ExtendDeadlinesPage />),
  only(commissioner, "opportunities/:opportunityId/audit", <AuditTrailPage />),
  only(commissioner, "opportunities/:opportunityId/questions", <QuestionsInboxPage />),
  only(provider, "opportunities/:opportunityId/questions/new", <AskQuestionPage />),
  only(commissioner, "opportunities/:opportunityId/questions/:questionId/answer", <AnswerQuestionPage />),
  only(commissioner, "opportunities/:opportunityId/bids/:organisationId", <BidViewPage />),
  only(
    provider,
    "opportunities/:opportunityId/bid",
    <RequireMemberRole memberRole="bid-writer">
      <BidTaskListPage />
    </RequireMemberRole>,
  ),
  only(
    provider,
    "opportunities/:opportunityId/bid/offers/:tier",
    <RequireMemberRole memberRole="bid-writer">
      <OfferPage />
    </RequireMemberRole>,
  ),
  only(
    provider,
    "opportunities/:opportunityId/bid/questions/:questionId",
    <RequireMemberRole memberRole="bid-writer">
      <QualityAnswerPage />
    </RequireMemberRole>,
  ),
  only(
    provider,
    "opportunities/:opportunityId/bid/social-value",
    <RequireMemberRole memberRole="bid-writer">
      <SocialValuePage />
    </RequireMemberRole>,
  ),
  only(
    provider,
    "opportunities/:opportunityId/bid/attachments",
    <RequireMemberRole memberRole="bid-writer">
      <AttachmentsPage />
    </RequireMemberRole>,
  ),
  only(
    provider,
    "opportunities/:opportunityId/bid/check",
    <RequireMemberRole memberRole="bid-writer">
      <CheckBidPage />
    </RequireMemberRole>,
  ),
  only(
    provider,
    "opportunities/:opportunityId/bid/submitted",
    <RequireMemberRole memberRole="bid-writer">
      <BidSubmittedPage />
    </RequireMemberRole>,
  ),
  ...referralRoutes,
  ...evaluationRoutes,
  ...contractRoutes,
  ...performanceRoutes,
  ...notificationRoutes,
  ...noticeRoutes,
  // Issue 16: people (ADR 0025).
  ...peopleRoutes,
  ...staffRoutes,
  { path: "*", element: <NotFoundPage /> },
];

/** Renders the page the address names, for any address the first routes leave to it. */
export function PageRoutes() {
  return useRoutes(routes);
}
