import type { ChangeTerms } from "#shared/contracts/change.ts";
import type { Contract } from "#shared/contracts/contract.ts";
import type { DateParts } from "../../components/govuk/fields.ts";
import { useReference } from "../../api/queries.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { FormCheckboxes, FormDateInput, FormTextarea, FormTextInput } from "../../forms/fields.tsx";
import {
  isoDateToParts,
  numberInput,
  parsePoundsToPence,
  parseWholeNumber,
  partsToIsoDate,
  penceToPoundsInput,
} from "../../forms/parse.ts";
import { tierNames } from "../opportunities/labels.ts";

/** The terms as typed: each tier's price (pounds) and capacity, the end date and the description. */
export interface TermsValues {
  tiers: { price: string; capacity: string }[];
  pduIds: string[];
  endDate: DateParts;
  serviceDescription: string;
}

/** The form's starting values: the contract's terms, with any proposed terms over them. */
export const termsValues = (c: Contract, proposed?: ChangeTerms): TermsValues => ({
  tiers: c.interventions.map((i) => {
    const t = proposed?.tiers?.find((x) => x.interventionId === i.id);
    return {
      price: penceToPoundsInput(t?.pricePerReferralPence ?? i.pricePerReferralPence),
      capacity: numberInput(t?.capacityPerYear ?? i.capacityPerYear),
    };
  }),
  pduIds: proposed?.pduIds ?? c.pduIds,
  endDate: isoDateToParts(proposed?.endDate ?? c.endDate),
  serviceDescription: proposed?.serviceDescription ?? c.serviceDescription ?? "",
});

const orRaw = (parsed: number | undefined, raw: string) => (Number.isNaN(parsed) ? raw : parsed);
const dateOr = (parts: DateParts) => {
  const iso = partsToIsoDate(parts);
  return iso === null ? "not a date" : iso;
};

/**
 * Only what differs from the contract goes in the request, so the register and the notice list what
 * changed. What cannot be read as typed is sent as typed, so the schema words the message.
 */
export const termsRequest = (c: Contract, v: TermsValues) => {
  const tiers = c.interventions.flatMap((i, n) => {
    const typed = v.tiers[n] ?? { price: "", capacity: "" };
    const price = orRaw(parsePoundsToPence(typed.price), typed.price);
    const capacity = orRaw(parseWholeNumber(typed.capacity), typed.capacity);
    const changed = price !== i.pricePerReferralPence || capacity !== i.capacityPerYear;
    return changed ? [{ interventionId: i.id, pricePerReferralPence: price, capacityPerYear: capacity }] : [];
  });
  const endDate = dateOr(v.endDate);
  const samePdus = [...v.pduIds].sort().join() === [...c.pduIds].sort().join();
  const description = v.serviceDescription.trim();
  return {
    ...(tiers.length ? { tiers } : {}),
    ...(samePdus ? {} : { pduIds: v.pduIds }),
    ...(endDate && endDate !== c.endDate ? { endDate } : {}),
    ...(description && description !== (c.serviceDescription ?? "")
      ? { serviceDescription: description }
      : {}),
  };
};

/** The request paths of the terms fields, in page order, for the error summary. */
export const termsFieldLinks = (c: Contract, prefix: string) =>
  Object.fromEntries([
    ...c.interventions.flatMap((_, n) => [
      [`${prefix}.tiers.${n}.pricePerReferralPence`, `#tiers-${n}-price`],
      [`${prefix}.tiers.${n}.capacityPerYear`, `#tiers-${n}-capacity`],
    ]),
    [`${prefix}.tiers`, "#tiers-0-price"],
    [`${prefix}.pduIds`, "#pduIds"],
    [`${prefix}.endDate`, "#endDate-day"],
    [`${prefix}.serviceDescription`, "#serviceDescription"],
  ]);

/** The fields of the terms: a price and a capacity per tier, the end date, the description. */
export function TermsFields({ contract, prefix }: { contract: Contract; prefix: string }) {
  const reference = useReference();
  const lookup = reference.data ? referenceLookup(reference.data) : undefined;
  // The delivery units it covers now (a change may drop some), named from the reference data.
  const pdus = contract.pduIds.map((id) => ({ value: id, text: lookup?.pdu(id)?.pdu.name ?? id }));
  return (
    <>
      {contract.interventions.map((i, n) => (
        <fieldset key={i.id} className="govuk-fieldset govuk-!-margin-bottom-4">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            {tierNames[i.tierId]}: {i.title}
          </legend>
          <FormTextInput
            name={`tiers.${n}.price`}
            errorPath={`${prefix}.tiers.${n}.pricePerReferralPence`}
            label="Price per referral, in pounds"
            prefix="£"
            width="10"
          />
          <FormTextInput
            name={`tiers.${n}.capacity`}
            errorPath={`${prefix}.tiers.${n}.capacityPerYear`}
            label="Capacity, in referrals a year"
            width="10"
            inputMode="numeric"
          />
        </fieldset>
      ))}
      <FormCheckboxes
        name="pduIds"
        errorPath={`${prefix}.pduIds`}
        legend="Probation delivery units covered"
        legendSize="s"
        hint="Untick a delivery unit the contract should no longer cover"
        small
        items={pdus}
      />
      <FormDateInput
        name="endDate"
        errorPath={`${prefix}.endDate`}
        legend="End date"
        hint="For example, 31 3 2029"
      />
      <FormTextarea
        name="serviceDescription"
        errorPath={`${prefix}.serviceDescription`}
        label="Service description (optional)"
        rows={3}
      />
    </>
  );
}
