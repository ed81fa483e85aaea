import type { Principal } from "#shared/auth/principal.ts";
import { findOrganisation, type OrganisationStanding } from "../accounts/index.ts";
import { forbidden, notFound } from "../platform/http/problems.ts";
import { findOpportunity, type StoredOpportunity } from "./repository.ts";

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/** An admitted provider is eligible when it was admitted for the need area and a region of the opportunity. */
export const isEligible = (
  organisation: OrganisationStanding | undefined,
  o: Pick<StoredOpportunity, "needAreaId" | "regionIds">,
) =>
  organisation?.frameworkStatus === "admitted" &&
  organisation.needAreaIds.includes(o.needAreaId) &&
  overlaps(organisation.regionIds, o.regionIds);

/** The caller's organisation when it is admitted to the framework; otherwise 403 with the reason. */
export const admittedOrganisation = async (principal: Principal): Promise<OrganisationStanding> => {
  const organisation = principal.organisationId
    ? await findOrganisation(principal.organisationId)
    : undefined;
  if (organisation?.frameworkStatus !== "admitted") {
    throw forbidden(
      "Your organisation must be admitted to the framework before it can take part in competitions.",
    );
  }
  return organisation;
};

/**
 * The opportunity if the caller may see it: commissioners of one of its regions (any state); admitted,
 * eligible providers once it has been published. Everyone else gets 404, as if it did not exist.
 */
export const visibleOpportunity = async (
  principal: Principal,
  opportunityId: string,
): Promise<{ opportunity: StoredOpportunity; organisation?: OrganisationStanding }> => {
  const opportunity = await findOpportunity(opportunityId);
  if (!opportunity) throw notFound();
  if (principal.role === "commissioner") {
    if (!overlaps(principal.regions, opportunity.regionIds)) throw notFound();
    return { opportunity };
  }
  if (principal.role === "provider" && opportunity.publishedAt) {
    const organisation = principal.organisationId
      ? await findOrganisation(principal.organisationId)
      : undefined;
    if (isEligible(organisation, opportunity))
      return { opportunity, ...(organisation ? { organisation } : {}) };
  }
  throw notFound();
};

/** Commissioner-only actions on an opportunity in their regions. */
export const commissionedOpportunity = async (principal: Principal, opportunityId: string) => {
  const { opportunity } = await visibleOpportunity(principal, opportunityId);
  if (principal.role !== "commissioner") throw notFound();
  return opportunity;
};
