import { lazyPage } from "../../app/lazy-page.tsx";
import { commissioner, only, provider } from "../../app/only.tsx";

const AssessmentSummaryPage = lazyPage(() => import("./AssessmentSummaryPage.tsx"), "AssessmentSummaryPage");
const NoticePublishedPage = lazyPage(() => import("./NoticePublishedPage.tsx"), "NoticePublishedPage");
const ProcurementNoticesPage = lazyPage(
  () => import("./ProcurementNoticesPage.tsx"),
  "ProcurementNoticesPage",
);
const PublicNoticePage = lazyPage(() => import("./PublicNoticePage.tsx"), "PublicNoticePage");
const PublicProcurementPage = lazyPage(() => import("./PublicProcurementPage.tsx"), "PublicProcurementPage");
const RegisterPage = lazyPage(() => import("./RegisterPage.tsx"), "RegisterPage");
const ReviewNoticePage = lazyPage(() => import("./ReviewNoticePage.tsx"), "ReviewNoticePage");

/** The public record (anyone, no sign-in), commissioners' notices and bidders' assessment summaries. */
export const noticeRoutes = [
  { path: "notices", element: <RegisterPage /> },
  { path: "notices/:noticeId", element: <PublicNoticePage /> },
  { path: "procurements/:procurementId", element: <PublicProcurementPage /> },
  only(commissioner, "procurements/:procurementId/notices", <ProcurementNoticesPage />),
  only(commissioner, "notices/:noticeId/review", <ReviewNoticePage />),
  only(commissioner, "notices/:noticeId/published", <NoticePublishedPage />),
  only(provider, "opportunities/:opportunityId/bid/assessment-summary", <AssessmentSummaryPage />),
];
