import { createBrowserRouter } from "react-router";
import type { Role } from "#shared/auth/roles.ts";
import { RequireSignIn } from "../auth/guards.tsx";
import { AttachmentsPage } from "../pages/bids/AttachmentsPage.tsx";
import { BidSubmittedPage } from "../pages/bids/BidSubmittedPage.tsx";
import { BidTaskListPage } from "../pages/bids/BidTaskListPage.tsx";
import { BidViewPage } from "../pages/bids/BidViewPage.tsx";
import { CheckBidPage } from "../pages/bids/CheckBidPage.tsx";
import { OfferPage } from "../pages/bids/OfferPage.tsx";
import { QualityAnswerPage } from "../pages/bids/QualityAnswerPage.tsx";
import { SocialValuePage } from "../pages/bids/SocialValuePage.tsx";
import { NotFoundPage } from "../pages/errors/NotFoundPage.tsx";
import { RouteErrorPage } from "../pages/errors/RouteErrorPage.tsx";
import { ServiceProblemPage } from "../pages/errors/ServiceProblemPage.tsx";
import { ApplicationPage } from "../pages/framework/ApplicationPage.tsx";
import { ApplicationsPage } from "../pages/framework/ApplicationsPage.tsx";
import { ApplyCheckPage } from "../pages/framework/ApplyCheckPage.tsx";
import { ApplyConfirmationPage } from "../pages/framework/ApplyConfirmationPage.tsx";
import { ApplyPage } from "../pages/framework/ApplyPage.tsx";
import { DecidedPage } from "../pages/framework/DecidedPage.tsx";
import { DecisionPage } from "../pages/framework/DecisionPage.tsx";
import { HomePage } from "../pages/home/HomePage.tsx";
import { AnswerQuestionPage } from "../pages/opportunities/AnswerQuestionPage.tsx";
import { AuditTrailPage } from "../pages/opportunities/AuditTrailPage.tsx";
import { AskQuestionPage } from "../pages/opportunities/AskQuestionPage.tsx";
import { CancelOpportunityPage } from "../pages/opportunities/CancelOpportunityPage.tsx";
import { CreateOpportunityPage } from "../pages/opportunities/CreateOpportunityPage.tsx";
import { EditOpportunityPage } from "../pages/opportunities/EditOpportunityPage.tsx";
import { ExtendDeadlinesPage } from "../pages/opportunities/ExtendDeadlinesPage.tsx";
import { OpportunitiesPage } from "../pages/opportunities/OpportunitiesPage.tsx";
import { OpportunityPage } from "../pages/opportunities/OpportunityPage.tsx";
import { QuestionsInboxPage } from "../pages/opportunities/QuestionsInboxPage.tsx";
import { notificationRoutes } from "../pages/notifications/routes.tsx";
import { performanceRoutes } from "../pages/performance/routes.tsx";
import { referralRoutes } from "../pages/referrals/routes.tsx";
import { AuthCallbackPage } from "../pages/sign-in/AuthCallbackPage.tsx";
import { SignInPage } from "../pages/sign-in/SignInPage.tsx";
import { SignOutPage } from "../pages/sign-in/SignOutPage.tsx";
import { evaluationRoutes } from "../pages/evaluation/routes.tsx";
import { AppLayout } from "./AppLayout.tsx";
import { commissioner, only, provider } from "./only.tsx";

const either: readonly Role[] = ["commissioner", "provider"];

/**
 * The portal's routes. A page that throws is caught by the pathless route's error element and shown
 * inside the normal layout; if the layout itself fails, the root's minimal layout takes over.
 */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      errorElement: (
        <AppLayout minimal>
          <ServiceProblemPage />
        </AppLayout>
      ),
      children: [
        {
          errorElement: <RouteErrorPage />,
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
            only(provider, "opportunities/:opportunityId/bid", <BidTaskListPage />),
            only(provider, "opportunities/:opportunityId/bid/offers/:tier", <OfferPage />),
            only(provider, "opportunities/:opportunityId/bid/questions/:questionId", <QualityAnswerPage />),
            only(provider, "opportunities/:opportunityId/bid/social-value", <SocialValuePage />),
            only(provider, "opportunities/:opportunityId/bid/attachments", <AttachmentsPage />),
            only(provider, "opportunities/:opportunityId/bid/check", <CheckBidPage />),
            only(provider, "opportunities/:opportunityId/bid/submitted", <BidSubmittedPage />),
            ...referralRoutes,
            ...evaluationRoutes,
            ...performanceRoutes,
            ...notificationRoutes,
            { path: "sign-in", element: <SignInPage /> },
            { path: "sign-out", element: <SignOutPage /> },
            { path: "auth/callback", element: <AuthCallbackPage /> },
            { path: "*", element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
