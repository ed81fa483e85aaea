import { lazyPage } from "../../app/lazy-page.tsx";
import { commissioner, only, provider } from "../../app/only.tsx";

const ContractPage = lazyPage(() => import("./ContractPage.tsx"), "ContractPage");
const ContractsPage = lazyPage(() => import("./ContractsPage.tsx"), "ContractsPage");
const DeclarationPage = lazyPage(() => import("./DeclarationPage.tsx"), "DeclarationPage");
const EvaluationPage = lazyPage(() => import("./EvaluationPage.tsx"), "EvaluationPage");
const ModerationPage = lazyPage(() => import("./ModerationPage.tsx"), "ModerationPage");
const MyPanelsPage = lazyPage(() => import("./MyPanelsPage.tsx"), "MyPanelsPage");
const OutcomePage = lazyPage(() => import("./OutcomePage.tsx"), "OutcomePage");
const PanelPage = lazyPage(() => import("./PanelPage.tsx"), "PanelPage");
const ProviderResultPage = lazyPage(() => import("./ProviderResultPage.tsx"), "ProviderResultPage");
const ResultsPage = lazyPage(() => import("./ResultsPage.tsx"), "ResultsPage");
const ScoreBidPage = lazyPage(() => import("./ScoreBidPage.tsx"), "ScoreBidPage");

const either = [...commissioner, ...provider];
const evaluation = "opportunities/:opportunityId/evaluation";

/** Evaluation, award, standstill and contracts pages. */
export const evaluationRoutes = [
  only(commissioner, "evaluations", <MyPanelsPage />),
  only(commissioner, evaluation, <EvaluationPage />),
  only(commissioner, `${evaluation}/panel`, <PanelPage />),
  only(commissioner, `${evaluation}/declaration`, <DeclarationPage />),
  only(commissioner, `${evaluation}/bids/:organisationId/score`, <ScoreBidPage />),
  only(commissioner, `${evaluation}/bids/:organisationId/moderation`, <ModerationPage />),
  only(commissioner, `${evaluation}/results`, <ResultsPage />),
  only(commissioner, `${evaluation}/outcome`, <OutcomePage />),
  only(commissioner, "opportunities/:opportunityId/contracts", <ContractsPage />),
  only(either, "contracts", <ContractsPage />),
  only(either, "contracts/:contractId", <ContractPage />),
  only(provider, "opportunities/:opportunityId/bid/result", <ProviderResultPage />),
];
