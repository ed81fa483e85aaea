import type { Evaluation } from "#shared/evaluation/evaluation.ts";
import type { MessageFor } from "../../forms/error-state.ts";

/** One bidder's answer as the form holds it: the radio ("yes", "no" or none yet) and the details. */
export interface BidderAnswer {
  organisationId: string;
  conflict?: "yes" | "no" | undefined;
  details: string;
}

/** The declaration form's values: one answer per bidder, in the order the bidders are listed. */
export interface DeclarationValues {
  bidders: BidderAnswer[];
}

type Bidders = Evaluation["bids"];

/** Blank answers for every bidder. */
export const declarationValues = (bids: Bidders): DeclarationValues => ({
  bidders: bids.map((b) => ({ organisationId: b.organisationId, conflict: undefined, details: "" })),
});

/** The request: yes or no as true or false (none stays missing, so the schema asks), details only with a yes. */
export const declarationRequest = ({ bidders }: DeclarationValues) => ({
  bidders: bidders.map((b) => ({
    organisationId: b.organisationId,
    conflict: b.conflict === undefined ? undefined : b.conflict === "yes",
    ...(b.conflict === "yes" ? { details: b.details } : {}),
  })),
});

/** Each bidder's radios and details, linked by the bidder's id (the ids the page has always had). */
export const declarationLinks = (bids: Bidders) =>
  Object.fromEntries(
    bids.flatMap((b, i) => [
      [`bidders.${i}.conflict`, `#conflict-${b.organisationId}`],
      [`bidders.${i}.details`, `#details-${b.organisationId}`],
    ]),
  );

/** Names the bidder in each message: "Say whether you have a conflict of interest with Bridge Housing Trust". */
export const declarationMessages =
  (bids: Bidders): MessageFor =>
  (path, message) => {
    const index = /^bidders\.(\d+)\./.exec(path)?.[1];
    const bidder = index === undefined ? undefined : bids[Number(index)];
    // The schema places the message by position ("for bidder 2"); on the page the bidder has a name.
    return bidder ? `${message.replace(/ for bidder \d+$/, "")} with ${bidder.organisationName}` : message;
  };
