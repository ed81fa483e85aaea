import { useQueryClient } from "@tanstack/react-query";
import { type ReactElement, useEffect } from "react";
import { useLocation, useParams } from "react-router";
import type { Bid } from "#shared/bids/bid.ts";
import type { Opportunity } from "#shared/opportunities/opportunity.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { opportunityKeys, saveBid, useMyBid, useOpportunity } from "../../api/opportunities.ts";
import { useReference } from "../../api/queries.ts";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import type { SaveBidRequest } from "./bid-request.ts";

export interface BidPageData {
  opportunity: Opportunity;
  reference: ReferenceData;
  /** null until the provider first saves a part of its bid. */
  bid: Bid | null;
}

/** A page of the provider's bid: loads the opportunity, the reference data and the bid, then renders. */
export function WithBid({
  title,
  render,
}: {
  title: string | ((data: { opportunity: Opportunity }) => string);
  render: (data: BidPageData) => ReactElement;
}) {
  const { opportunityId = "" } = useParams();
  const opportunity = useOpportunity(opportunityId);
  const reference = useReference();
  const bid = useMyBid(opportunityId);
  const state = settle(opportunity, reference, bid);
  const resolved =
    typeof title === "string"
      ? title
      : opportunity.data
        ? title({ opportunity: opportunity.data })
        : "Your bid";
  usePageTitle(state.title ?? resolved);
  if (!state.ready) return state.view;
  const [opp, referenceData, bidData] = state.data;
  return render({ opportunity: opp, reference: referenceData, bid: bidData });
}

/** Saves the whole bid (see `saveBidRequest`) and keeps the saved version for the next save. */
export function useSaveBid(opportunityId: string) {
  const queryClient = useQueryClient();
  return async ({ content, version }: SaveBidRequest): Promise<Bid> => {
    const saved = await saveBid(opportunityId, content, version);
    queryClient.setQueryData(opportunityKeys.myBid(opportunityId), saved);
    return saved;
  };
}

/** Focuses the field named in the address's fragment (a link from the error summary on another page). */
export function useFocusFieldFromHash(): void {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (!hash) return;
    const element = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
      element.focus();
    }
  }, [hash, key]);
}
