import type { FieldError } from "../http/problem.ts";
import { findPdu } from "../reference/index.ts";
import type { ChangeTerms } from "./change.ts";
import type { Contract } from "./contract.ts";

type Fact = { field: string; from: string; to: string };

/** The latest end date an extension may reach: stated on the contract, or two years past the awarded end. */
export const latestEndDate = (c: Contract) => {
  if (c.latestEndDate) return c.latestEndDate;
  const [y, m, d] = c.endDate.split("-");
  return `${String(Number(y) + 2).padStart(4, "0")}-${m}-${d}`;
};

/**
 * Breaks of the contract's rules in proposed terms, one message per field: a tier it does not have,
 * a delivery unit outside its regions, an end date before its start or past what it allows.
 */
export const checkTerms = (c: Contract, terms: ChangeTerms, prefix = "terms"): FieldError[] => {
  const errors: FieldError[] = [];
  const tierIds = new Set(c.interventions.map((i) => i.id));
  (terms.tiers ?? []).forEach((t, n) => {
    if (!tierIds.has(t.interventionId))
      errors.push({ path: `${prefix}.tiers.${n}.interventionId`, message: "Select a tier of this contract" });
  });
  (terms.pduIds ?? []).forEach((id, n) => {
    const pdu = findPdu(id);
    if (!pdu || !c.regionIds.includes(pdu.region.id))
      errors.push({
        path: `${prefix}.pduIds.${n}`,
        message: "Select a probation delivery unit in the contract's regions",
      });
  });
  if (terms.endDate && terms.endDate <= c.startDate)
    errors.push({
      path: `${prefix}.endDate`,
      message: "The end date must be after the contract's start date",
    });
  if (terms.endDate && terms.endDate > latestEndDate(c))
    errors.push({
      path: `${prefix}.endDate`,
      message: `The contract allows an end date up to ${latestEndDate(c)} at the latest`,
    });
  return errors;
};

const pounds = (pence: number) => `£${(pence / 100).toFixed(2)}`;

/**
 * The contract with `terms` applied from `effectiveFrom` (its interventions too, so the catalogue
 * shows the new terms), each altered fact old → new, and the change in annual value (price × capacity).
 */
export const amendContract = (c: Contract, terms: ChangeTerms, effectiveFrom: string) => {
  const facts: Fact[] = [];
  let delta = 0;
  const pduIds = terms.pduIds ?? c.pduIds;
  const endDate = terms.endDate ?? c.endDate;
  const interventions = c.interventions.map((i) => {
    const t = terms.tiers?.find((x) => x.interventionId === i.id);
    const price = t?.pricePerReferralPence ?? i.pricePerReferralPence;
    const capacity = t?.capacityPerYear ?? i.capacityPerYear;
    if (price !== i.pricePerReferralPence)
      facts.push({ field: `${i.tierId}.price`, from: pounds(i.pricePerReferralPence), to: pounds(price) });
    if (capacity !== i.capacityPerYear)
      facts.push({ field: `${i.tierId}.capacity`, from: String(i.capacityPerYear), to: String(capacity) });
    delta += price * capacity - i.pricePerReferralPence * i.capacityPerYear;
    // A tier keeps the delivery units of the new list that lie in its own regions (a tier may cover fewer).
    const own = terms.pduIds?.filter((p) => i.regionIds.includes(findPdu(p)?.region.id ?? "")) ?? [];
    return {
      ...i,
      pricePerReferralPence: price,
      capacityPerYear: capacity,
      pduIds: own.length ? own : i.pduIds,
      endDate,
    };
  });
  if (terms.pduIds && [...terms.pduIds].sort().join() !== [...c.pduIds].sort().join())
    facts.push({ field: "pdus", from: c.pduIds.join(","), to: terms.pduIds.join(",") });
  if (endDate !== c.endDate) facts.push({ field: "endDate", from: c.endDate, to: endDate });
  if (terms.serviceDescription && terms.serviceDescription !== c.serviceDescription)
    facts.push({
      field: "serviceDescription",
      from: c.serviceDescription ?? "",
      to: terms.serviceDescription,
    });
  const next: Contract = {
    ...c,
    interventions,
    pduIds,
    endDate,
    capacityPerYear: interventions.reduce((sum, i) => sum + i.capacityPerYear, 0),
    ...(terms.serviceDescription ? { serviceDescription: terms.serviceDescription } : {}),
    termsVersion: (c.termsVersion ?? 1) + 1,
    termsEffectiveFrom: effectiveFrom,
  };
  return { contract: next, facts, annualValueDeltaPence: delta };
};
