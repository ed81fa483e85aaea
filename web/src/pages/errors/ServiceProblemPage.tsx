import { usePageTitle } from "../../components/page/page-title.ts";
import { ServiceProblem, serviceProblemTitle } from "../../components/page/ServiceProblem.tsx";

/** The "Sorry, there is a problem with the service" page. */
export function ServiceProblemPage({ onRetry }: { onRetry?: () => void }) {
  usePageTitle(serviceProblemTitle);
  return <ServiceProblem {...(onRetry ? { onRetry } : {})} />;
}
