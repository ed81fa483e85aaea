import { lazyPage } from "../../app/lazy-page.tsx";
import { only } from "../../app/only.tsx";

const ProviderReferralPage = lazyPage(
  () => import("../provider-referrals/ProviderReferralPage.tsx"),
  "ProviderReferralPage",
);
const ActionPlanPage = lazyPage(
  () => import("../provider-referrals/actions/ActionPlanPage.tsx"),
  "ActionPlanPage",
);
const AssessmentOutcomePage = lazyPage(
  () => import("../provider-referrals/actions/AssessmentOutcomePage.tsx"),
  "AssessmentOutcomePage",
);
const AssessmentPage = lazyPage(
  () => import("../provider-referrals/actions/AssessmentPage.tsx"),
  "AssessmentPage",
);
const AssignPage = lazyPage(() => import("../provider-referrals/actions/AssignPage.tsx"), "AssignPage");
const EndOfServiceReportPage = lazyPage(
  () => import("../provider-referrals/actions/EndOfServiceReportPage.tsx"),
  "EndOfServiceReportPage",
);
const FirstContactPage = lazyPage(
  () => import("../provider-referrals/actions/FirstContactPage.tsx"),
  "FirstContactPage",
);
const SessionFeedbackPage = lazyPage(
  () => import("../provider-referrals/actions/SessionFeedbackPage.tsx"),
  "SessionFeedbackPage",
);
const RescheduleSessionPage = lazyPage(
  () => import("../provider-referrals/actions/RescheduleSessionPage.tsx"),
  "RescheduleSessionPage",
);
const SessionPage = lazyPage(() => import("../provider-referrals/actions/SessionPage.tsx"), "SessionPage");
const InboxPage = lazyPage(() => import("../provider-referrals/InboxPage.tsx"), "InboxPage");
const AmendPage = lazyPage(() => import("./AmendPage.tsx"), "AmendPage");
const AmendCheckPage = lazyPage(() => import("./AmendCheckPage.tsx"), "AmendCheckPage");
const AmendDonePage = lazyPage(() => import("./AmendDonePage.tsx"), "AmendDonePage");
const ChangesPage = lazyPage(() => import("./ChangesPage.tsx"), "ChangesPage");
const ReviewActionPlanPage = lazyPage(() => import("./ReviewActionPlanPage.tsx"), "ReviewActionPlanPage");
const CataloguePage = lazyPage(() => import("./CataloguePage.tsx"), "CataloguePage");
const CheckAnswersPage = lazyPage(() => import("./CheckAnswersPage.tsx"), "CheckAnswersPage");
const InterventionPage = lazyPage(() => import("./InterventionPage.tsx"), "InterventionPage");
const MyReferralsPage = lazyPage(() => import("./MyReferralsPage.tsx"), "MyReferralsPage");
const ReferralPage = lazyPage(() => import("./ReferralPage.tsx"), "ReferralPage");
const SectionPage = lazyPage(() => import("./SectionPage.tsx"), "SectionPage");
const SentPage = lazyPage(() => import("./SentPage.tsx"), "SentPage");
const WithdrawPage = lazyPage(() => import("./WithdrawPage.tsx"), "WithdrawPage");
const RestrictPage = lazyPage(() => import("./RestrictPage.tsx"), "RestrictPage");

const officer = ["responsible-officer"] as const;
const provider = ["provider"] as const;

/** The catalogue and referrals (officer and provider sides). */
export const referralRoutes = [
  only(officer, "catalogue", <CataloguePage />),
  only(officer, "catalogue/:interventionId", <InterventionPage />),
  only(officer, "referrals", <MyReferralsPage />),
  only(officer, "referrals/:referralId", <ReferralPage />),
  only(officer, "referrals/:referralId/sections/:section", <SectionPage />),
  only(officer, "referrals/:referralId/check", <CheckAnswersPage />),
  only(officer, "referrals/:referralId/sent", <SentPage />),
  only(officer, "referrals/:referralId/withdraw", <WithdrawPage />),
  only(officer, "referrals/:referralId/restrict", <RestrictPage />),
  only(officer, "referrals/:referralId/changes", <ChangesPage />),
  only(officer, "referrals/:referralId/action-plan", <ReviewActionPlanPage />),
  only(officer, "referrals/:referralId/amend/:group", <AmendPage />),
  only(officer, "referrals/:referralId/amend/:group/check", <AmendCheckPage />),
  only(officer, "referrals/:referralId/amend/:group/done", <AmendDonePage />),
  only(provider, "provider/referrals", <InboxPage />),
  only(provider, "provider/referrals/:referralId", <ProviderReferralPage />),
  only(provider, "provider/referrals/:referralId/details", <ProviderReferralPage section="details" />),
  only(provider, "provider/referrals/:referralId/changes", <ProviderReferralPage section="changes" />),
  only(provider, "provider/referrals/:referralId/notes", <ProviderReferralPage section="notes" />),
  only(provider, "provider/referrals/:referralId/timeline", <ProviderReferralPage section="timeline" />),
  only(provider, "provider/referrals/:referralId/assign", <AssignPage />),
  only(provider, "provider/referrals/:referralId/first-contact", <FirstContactPage />),
  only(provider, "provider/referrals/:referralId/assessment", <AssessmentPage />),
  only(provider, "provider/referrals/:referralId/assessment/outcome", <AssessmentOutcomePage />),
  only(provider, "provider/referrals/:referralId/action-plan", <ActionPlanPage />),
  only(provider, "provider/referrals/:referralId/sessions/new", <SessionPage />),
  only(provider, "provider/referrals/:referralId/sessions/:sessionNumber/feedback", <SessionFeedbackPage />),
  only(
    provider,
    "provider/referrals/:referralId/sessions/:sessionNumber/reschedule",
    <RescheduleSessionPage />,
  ),
  only(provider, "provider/referrals/:referralId/end-of-service-report", <EndOfServiceReportPage />),
];
