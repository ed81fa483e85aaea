import type { ReactElement } from "react";
import { useParams } from "react-router";
import type { Opportunity } from "#shared/opportunities/opportunity.ts";
import { useOpportunity } from "../../api/opportunities.ts";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";

/**
 * A page about one opportunity (`:opportunityId` in the address): loads it, shows loading and error states,
 * and renders `render` once it is there. `title` is the page's title.
 */
export function WithOpportunity({
  title,
  render,
}: {
  title: string | ((opportunity: Opportunity) => string);
  render: (opportunity: Opportunity) => ReactElement;
}) {
  const { opportunityId = "" } = useParams();
  const opportunity = useOpportunity(opportunityId);
  const state = settle(opportunity);
  const resolved =
    typeof title === "string" ? title : opportunity.data ? title(opportunity.data) : "Opportunity";
  usePageTitle(state.title ?? resolved);
  if (!state.ready) return state.view;
  return render(state.data[0]);
}
