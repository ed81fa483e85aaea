import type { Opportunity } from "#shared/opportunities/opportunity.ts";
import type { ReferenceData, TierId } from "#shared/reference/schema.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { Details } from "../../components/govuk/index.ts";
import { tierNames } from "../opportunities/labels.ts";

/** What the tier means for the opportunity's need area, phase by phase (nothing when the area has no text). */
export function TierGuidance({
  opportunity,
  reference,
  tier,
}: {
  opportunity: Opportunity;
  reference: ReferenceData;
  tier: TierId;
}) {
  const needArea = referenceLookup(reference).needArea(opportunity.needAreaId);
  const description = needArea?.tiers[tier];
  if (!description) return null;
  return (
    <Details summary={`What ${tierNames[tier].toLowerCase()} means for ${needArea?.name ?? "this need"}`}>
      {reference.phases.map((phase) => (
        <div key={phase.id}>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{phase.name}</h3>
          <ul className="govuk-list govuk-list--bullet">
            {description[phase.id].map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
    </Details>
  );
}
