import { ProviderReferralPage } from "../provider-referrals/ProviderReferralPage.tsx";
import {
  ActionPlanPage,
  AssessmentOutcomePage,
  AssessmentPage,
  AssignPage,
  EndOfServiceReportPage,
  FirstContactPage,
  SessionFeedbackPage,
  SessionPage,
} from "../provider-referrals/ActionPages.tsx";
import { InboxPage } from "../provider-referrals/InboxPage.tsx";
import { only } from "../../app/only.tsx";
import { CataloguePage } from "./CataloguePage.tsx";
import { CheckAnswersPage } from "./CheckAnswersPage.tsx";
import { InterventionPage } from "./InterventionPage.tsx";
import { MyReferralsPage } from "./MyReferralsPage.tsx";
import { ReferralPage } from "./ReferralPage.tsx";
import { SectionPage } from "./SectionPage.tsx";
import { SentPage } from "./SentPage.tsx";
import { WithdrawPage } from "./WithdrawPage.tsx";

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
  only(provider, "provider/referrals", <InboxPage />),
  only(provider, "provider/referrals/:referralId", <ProviderReferralPage />),
  only(provider, "provider/referrals/:referralId/assign", <AssignPage />),
  only(provider, "provider/referrals/:referralId/first-contact", <FirstContactPage />),
  only(provider, "provider/referrals/:referralId/assessment", <AssessmentPage />),
  only(provider, "provider/referrals/:referralId/assessment/outcome", <AssessmentOutcomePage />),
  only(provider, "provider/referrals/:referralId/action-plan", <ActionPlanPage />),
  only(provider, "provider/referrals/:referralId/sessions/new", <SessionPage />),
  only(provider, "provider/referrals/:referralId/sessions/:sessionNumber/feedback", <SessionFeedbackPage />),
  only(provider, "provider/referrals/:referralId/end-of-service-report", <EndOfServiceReportPage />),
];
