import { ulid } from "ulid";
import type { Bid } from "#shared/bids/bid.ts";
import type { Contract, Intervention } from "#shared/contracts/contract.ts";
import type { TierId } from "#shared/reference/schema.ts";
import { findPdu } from "#shared/reference/index.ts";
import type { StoredOpportunity } from "../opportunities/index.ts";

const code = (id: string) =>
  id
    .replace(/[^a-z]/g, "")
    .slice(0, 3)
    .toUpperCase();

/** A human contract reference, e.g. DFP-LON-FIN-7K3QZD-1: region, need area, competition, bid number. */
export const contractReference = (opportunity: StoredOpportunity, n: number) =>
  `DFP-${code(opportunity.regionIds[0] ?? "")}-${code(opportunity.needAreaId)}-${opportunity.id.slice(-6).toUpperCase()}-${n}`;

const unique = <T>(values: T[]) => [...new Set(values)];

/**
 * The contract for an awarded bid: one live intervention per tier the opportunity bought, carrying the
 * bid's offer and price for that tier, from the opportunity's contract start to its end.
 */
export const contractFor = (
  opportunity: StoredOpportunity,
  bid: Bid,
  n: number,
  createdAt: string,
): Contract => {
  const id = ulid();
  const reference = contractReference(opportunity, n);
  const interventions = (opportunity.tiers ?? []).flatMap((tierId: TierId): Intervention[] => {
    const offer = bid.content.offers[tierId];
    if (!offer) return [];
    const pduIds = offer.pduIds?.length ? offer.pduIds : (opportunity.pduIds ?? []);
    const regionIds = unique(pduIds.flatMap((p) => findPdu(p)?.region.id ?? []));
    return [
      {
        id: ulid(),
        contractId: id,
        contractReference: reference,
        opportunityId: opportunity.id,
        organisationId: bid.organisationId,
        organisationName: bid.organisationName,
        needAreaId: opportunity.needAreaId,
        tierId,
        title: offer.title ?? "",
        assessAndPlan: offer.assessAndPlan ?? "",
        implement: offer.implement ?? "",
        reviewAndEvaluate: offer.reviewAndEvaluate ?? "",
        sessions: offer.sessions ?? 0,
        sessionMinutes: offer.sessionMinutes ?? 0,
        deliveryMethods: offer.deliveryMethods ?? [],
        settings: offer.settings ?? [],
        cohorts: offer.cohorts ?? [],
        regionIds: regionIds.length ? regionIds : opportunity.regionIds,
        pduIds,
        pricePerReferralPence: offer.pricePerReferralPence ?? 0,
        capacityPerYear: offer.capacityPerYear ?? 0,
        startDate: opportunity.contractStart!,
        endDate: opportunity.contractEnd!,
      },
    ];
  });
  return {
    id,
    reference,
    opportunityId: opportunity.id,
    opportunityTitle: opportunity.title,
    organisationId: bid.organisationId,
    organisationName: bid.organisationName,
    needAreaId: opportunity.needAreaId,
    regionIds: unique(interventions.flatMap((i) => i.regionIds)),
    pduIds: unique(interventions.flatMap((i) => i.pduIds)),
    interventions,
    capacityPerYear: interventions.reduce((sum, i) => sum + i.capacityPerYear, 0),
    startDate: opportunity.contractStart!,
    endDate: opportunity.contractEnd!,
    createdAt,
  };
};
