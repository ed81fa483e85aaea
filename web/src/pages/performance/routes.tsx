import { commissioner, only, provider } from "../../app/only.tsx";
import { ChangeTargetPage } from "./ChangeTargetPage.tsx";
import { DashboardPage } from "./DashboardPage.tsx";
import { TargetsPage } from "./TargetsPage.tsx";

const either = [...commissioner, ...provider];

/** Performance dashboards and targets. */
export const performanceRoutes = [
  only(either, "performance", <DashboardPage />),
  only(either, "performance/targets", <TargetsPage />),
  only(commissioner, "performance/targets/change", <ChangeTargetPage />),
];
