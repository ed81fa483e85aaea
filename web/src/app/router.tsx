import { lazyPage } from "./lazy-page.tsx";
import { Outlet, type RouteObject, useLocation, useRoutes } from "react-router";
import type { Role } from "#shared/auth/role-names.ts";
import { RequireSignIn } from "../auth/guards.tsx";
import { NotFoundPage } from "../pages/errors/NotFoundPage.tsx";
import { ServiceProblemPage } from "../pages/errors/ServiceProblemPage.tsx";
// Every role's first page: loaded with the app (the home page itself loads only the role's own home).
import { HomePage } from "../pages/home/HomePage.tsx";
import { noticeRoutes } from "../pages/notices/routes.tsx";
import { notificationRoutes } from "../pages/notifications/routes.tsx";
import { performanceRoutes } from "../pages/performance/routes.tsx";
import { referralRoutes } from "../pages/referrals/routes.tsx";
import { evaluationRoutes } from "../pages/evaluation/routes.tsx";
import { peopleRoutes } from "../pages/people/routes.tsx";
import { staffRoutes } from "../pages/staff/routes.tsx";
import { RequireMemberRole } from "../pages/people/RequireMemberRole.tsx";
import { contractRoutes } from "../pages/contracts/routes.tsx";
import { AppLayout } from "./AppLayout.tsx";
import { commissioner, only, provider } from "./only.tsx";
import { PageErrorBoundary } from "./PageErrorBoundary.tsx";

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
const AuthCallbackPage = lazyPage(() => import("../pages/sign-in/AuthCallbackPage.tsx"), "AuthCallbackPage");
const SignInPage = lazyPage(() => import("../pages/sign-in/SignInPage.tsx"), "SignInPage");
const SignOutPage = lazyPage(() => import("../pages/sign-in/SignOutPage.tsx"), "SignOutPage");
const SignOutEverywherePage = lazyPage(
  () => import("../pages/sign-in/SignOutEverywherePage.tsx"),
  "SignOutEverywherePage",
);

const either: readonly Role[] = ["commissioner", "provider"];

/** The layout, or — if the layout itself fails — the minimal layout with the service problem page. */
function Root() {
  const { pathname } = useLocation();
  return (
    <PageErrorBoundary
      resetKey={pathname}
      fallback={
        <AppLayout minimal>
          <ServiceProblemPage />
        </AppLayout>
      }
    >
      <AppLayout />
    </PageErrorBoundary>
  );
}

/** A page that throws shows the service problem page inside the normal layout, until the person moves on. */
function Pages() {
  const { pathname } = useLocation();
  return (
    <PageErrorBoundary resetKey={pathname} fallback={<ServiceProblemPage />}>
      <Outlet />
    </PageErrorBoundary>
  );
}

/**
 * The portal's routes, in the router's declarative mode (a `BrowserRouter` in main.tsx): the portal has
 * no loaders or actions, and the data mode's router would add about 15 KB (gzipped) to every first page
 * (ADR 0021). Error boundaries stand in for its `errorElement`s.
 */
const routes: RouteObject[] = [
  {
    element: <Root />,
    children: [
      {
        element: <Pages />,
        children: [
          {
            index: true,
            element: (
              <RequireSignIn>
                <HomePage />
              </RequireSignIn>
            ),
          },
          only(provider, "framework/apply", <ApplyPage />),
          only(provider, "framework/apply/check", <ApplyCheckPage />),
          only(provider, "framework/apply/confirmation", <ApplyConfirmationPage />),
          only(commissioner, "framework/applications", <ApplicationsPage />),
          only(commissioner, "framework/applications/:applicationId", <ApplicationPage />),
          only(commissioner, "framework/applications/:applicationId/decision", <DecisionPage />),
          only(commissioner, "framework/applications/:applicationId/decided", <DecidedPage />),
          only(either, "opportunities", <OpportunitiesPage />),
          only(commissioner, "opportunities/new", <CreateOpportunityPage />),
          only(either, "opportunities/:opportunityId", <OpportunityPage />),
          only(commissioner, "opportunities/:opportunityId/edit", <EditOpportunityPage />),
          only(commissioner, "opportunities/:opportunityId/cancel", <CancelOpportunityPage />),
          only(commissioner, "opportunities/:opportunityId/deadlines", <ExtendDeadlinesPage />),
          only(commissioner, "opportunities/:opportunityId/audit", <AuditTrailPage />),
          only(commissioner, "opportunities/:opportunityId/questions", <QuestionsInboxPage />),
          only(provider, "opportunities/:opportunityId/questions/new", <AskQuestionPage />),
          only(
            commissioner,
            "opportunities/:opportunityId/questions/:questionId/answer",
            <AnswerQuestionPage />,
          ),
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
          { path: "sign-in", element: <SignInPage /> },
          { path: "sign-out", element: <SignOutPage /> },
          { path: "sign-out/everywhere", element: <SignOutEverywherePage /> },
          { path: "auth/callback", element: <AuthCallbackPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/** Renders the page the address names. */
export function AppRoutes() {
  return useRoutes(routes);
}
