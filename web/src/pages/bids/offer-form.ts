import type { Bid, InterventionOffer } from "#shared/bids/bid.ts";
import type { TierId } from "#shared/reference/schema.ts";
import { numberInput, parsePoundsToPence, penceToPoundsInput } from "../../forms/parse.ts";
import { type SaveBidRequest, saveBidRequest } from "./bid-request.ts";
import { offerFieldIds, offerStarted } from "./bid-sections.ts";

/** The offer form's values: text as typed, choices as lists. */
export interface OfferValues {
  title: string;
  assessAndPlan: string;
  implement: string;
  reviewAndEvaluate: string;
  sessions: string;
  sessionMinutes: string;
  deliveryMethods: string[];
  settings: string[];
  cohorts: string[];
  pduIds: string[];
  pricePerReferral: string;
  capacityPerYear: string;
}

/** The form's values from the offer saved so far (blank when there is none). */
export const offerValuesFrom = (offer: InterventionOffer | undefined): OfferValues => ({
  title: offer?.title ?? "",
  assessAndPlan: offer?.assessAndPlan ?? "",
  implement: offer?.implement ?? "",
  reviewAndEvaluate: offer?.reviewAndEvaluate ?? "",
  sessions: numberInput(offer?.sessions),
  sessionMinutes: numberInput(offer?.sessionMinutes),
  deliveryMethods: offer?.deliveryMethods ?? [],
  settings: offer?.settings ?? [],
  cohorts: offer?.cohorts ?? [],
  pduIds: offer?.pduIds ?? [],
  pricePerReferral: penceToPoundsInput(offer?.pricePerReferralPence),
  capacityPerYear: numberInput(offer?.capacityPerYear),
});

/** A number as typed ("1,200", "6.5"); blank is left out, and text that is not a number stays text. */
function typedNumber(text: string): number | string | undefined {
  const cleaned = text.replace(/[,\s]/g, "");
  if (cleaned === "") return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : text;
}

/**
 * The form as an offer: blank fields are left out (a draft may be partial), and what cannot be read as a
 * number is passed on as typed, so the shared schema says what is wrong with it.
 */
export function offerFromValues(values: OfferValues): Record<string, unknown> {
  const offer: Record<string, unknown> = {};
  for (const key of ["title", "assessAndPlan", "implement", "reviewAndEvaluate"] as const) {
    if (values[key].trim()) offer[key] = values[key];
  }
  for (const key of ["deliveryMethods", "settings", "cohorts", "pduIds"] as const) {
    if (values[key].length) offer[key] = values[key];
  }
  for (const key of ["sessions", "sessionMinutes", "capacityPerYear"] as const) {
    const value = typedNumber(values[key]);
    if (value !== undefined) offer[key] = value;
  }
  const price = parsePoundsToPence(values.pricePerReferral);
  if (price !== undefined)
    offer.pricePerReferralPence = Number.isNaN(price) ? values.pricePerReferral : price;
  return offer;
}

/** The save request for the whole bid with this tier's offer replaced (or removed when left empty). */
export const offerRequest =
  (bid: Bid | null, tier: TierId) =>
  (values: OfferValues): SaveBidRequest =>
    saveBidRequest(bid, (content) => {
      const offer = offerFromValues(values) as InterventionOffer;
      const offers = { ...content.offers };
      if (offerStarted(offer)) offers[tier] = offer;
      else delete offers[tier];
      return { ...content, offers };
    });

/** The offer's fields in page order, by their path in the save request, linked to their controls. */
export const offerLinks = (tier: TierId): Record<string, string> => {
  const prefix = `content.offers.${tier}`;
  return Object.fromEntries([
    [prefix, "#title"],
    ...Object.entries(offerFieldIds).map(([field, id]) => [`${prefix}.${field}`, `#${id}`]),
  ]);
};
