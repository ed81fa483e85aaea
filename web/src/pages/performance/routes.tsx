import { lazyPage } from "../../app/lazy-page.tsx";
import { commissioner, only, provider } from "../../app/only.tsx";

const ChangeTargetPage = lazyPage(() => import("./ChangeTargetPage.tsx"), "ChangeTargetPage");
const DashboardPage = lazyPage(() => import("./DashboardPage.tsx"), "DashboardPage");
const TargetsPage = lazyPage(() => import("./TargetsPage.tsx"), "TargetsPage");

const either = [...commissioner, ...provider];

/** Performance dashboards and targets. */
export const performanceRoutes = [
  only(either, "performance", <DashboardPage />),
  only(either, "performance/targets", <TargetsPage />),
  only(commissioner, "performance/targets/change", <ChangeTargetPage />),
];
