import { lazyPage } from "../../app/lazy-page.tsx";
import { commissioner, only, provider } from "../../app/only.tsx";

const ContractChangesPage = lazyPage(() => import("./ContractChangesPage.tsx"), "ContractChangesPage");
const ContractHistoryPage = lazyPage(() => import("./ContractHistoryPage.tsx"), "ContractHistoryPage");
const ContractIssuesPage = lazyPage(() => import("./ContractIssuesPage.tsx"), "ContractIssuesPage");
const ProposeChangePage = lazyPage(() => import("./ProposeChangePage.tsx"), "ProposeChangePage");
const RaiseIssuePage = lazyPage(() => import("./RaiseIssuePage.tsx"), "RaiseIssuePage");
const ContractReferralsPage = lazyPage(() => import("./ContractReferralsPage.tsx"), "ContractReferralsPage");
const TerminateContractPage = lazyPage(() => import("./TerminateContractPage.tsx"), "TerminateContractPage");
const ContractPerformancePage = lazyPage(
  () => import("./ContractPerformancePage.tsx"),
  "ContractPerformancePage",
);
const ImprovementPlanPage = lazyPage(() => import("./ImprovementPlanPage.tsx"), "ImprovementPlanPage");
const ContractChargesPage = lazyPage(() => import("./ContractChargesPage.tsx"), "ContractChargesPage");

const either = [...commissioner, ...provider];

/** Contract management after award: changes, issues, history and termination. */
export const contractRoutes = [
  only(either, "contracts/:contractId/changes", <ContractChangesPage />),
  only(either, "contracts/:contractId/changes/new", <ProposeChangePage />),
  only(either, "contracts/:contractId/issues", <ContractIssuesPage />),
  only(either, "contracts/:contractId/issues/new", <RaiseIssuePage />),
  only(either, "contracts/:contractId/history", <ContractHistoryPage />),
  only(commissioner, "contracts/:contractId/terminate", <TerminateContractPage />),
  only(either, "contracts/:contractId/performance", <ContractPerformancePage />),
  only(either, "contracts/:contractId/performance/plans/:period", <ImprovementPlanPage />),
  only(either, "contracts/:contractId/charges", <ContractChargesPage />),
  only(either, "contracts/:contractId/referrals", <ContractReferralsPage />),
];
