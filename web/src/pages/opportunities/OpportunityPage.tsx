import { useParams } from "react-router";
import { useOpportunity } from "../../api/opportunities.ts";
import { useMe, useReference } from "../../api/queries.ts";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { CommissionerOpportunity } from "./CommissionerOpportunity.tsx";
import { ProviderOpportunity } from "./ProviderOpportunity.tsx";

/** `/opportunities/:opportunityId`: one opportunity, as a commissioner or as a provider that may bid sees it. */
export function OpportunityPage() {
  const { opportunityId = "" } = useParams();
  const me = useMe();
  const reference = useReference();
  const opportunity = useOpportunity(opportunityId);
  const state = settle(me, reference, opportunity);
  usePageTitle(state.title ?? opportunity.data?.title ?? "Opportunity");
  if (!state.ready) return state.view;
  const [meData, referenceData, opp] = state.data;
  return meData.user.role === "commissioner" ? (
    <CommissionerOpportunity opportunity={opp} reference={referenceData} />
  ) : (
    <ProviderOpportunity opportunity={opp} reference={referenceData} />
  );
}
