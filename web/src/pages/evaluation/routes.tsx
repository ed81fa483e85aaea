import { ContractPage } from "./ContractPage.tsx";
import { ContractsPage } from "./ContractsPage.tsx";
import { DeclarationPage } from "./DeclarationPage.tsx";
import { EvaluationPage } from "./EvaluationPage.tsx";
import { ModerationPage } from "./ModerationPage.tsx";
import { MyPanelsPage } from "./MyPanelsPage.tsx";
import { OutcomePage } from "./OutcomePage.tsx";
import { PanelPage } from "./PanelPage.tsx";
import { ProviderResultPage } from "./ProviderResultPage.tsx";
import { ResultsPage } from "./ResultsPage.tsx";
import { ScoreBidPage } from "./ScoreBidPage.tsx";
import { commissioner, only, provider } from "../../app/only.tsx";

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
