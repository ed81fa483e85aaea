import type { DateParts } from "../../components/govuk/fields.ts";
import { formatDate } from "../../format/format.ts";
import { partsToIsoDate } from "../../forms/parse.ts";

/** What the administrator types on the "End the dynamic market" page. */
export interface EndMarketValues {
  closesOn: DateParts;
  reason: string;
}

export const emptyEndMarket: EndMarketValues = { closesOn: {}, reason: "" };

/** The tab's draft of the answers, per administrator, until the check page sends them. */
export const endMarketDraftKey = (userId: string) => `end-market:${userId}`;

/** The typed answers as the request; a date that cannot be read is kept so the schema words its error. */
export const toCessationRequest = (values: EndMarketValues) => ({
  closesOn: partsToIsoDate(values.closesOn) ?? "not a date",
  reason: values.reason,
});

/** The date as the check page and the confirmation show it, or what was typed if it is not a date. */
export const closingDateText = (parts: DateParts): string => {
  const iso = partsToIsoDate(parts);
  return iso ? formatDate(iso) : [parts.day, parts.month, parts.year].filter(Boolean).join(" ");
};
