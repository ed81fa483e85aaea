import type { Me } from "#shared/accounts/me.ts";
import type { NeedArea, ReferenceData } from "#shared/reference/schema.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { AppLink, Details, InsetText, SummaryList } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";

/** What each complexity tier delivers in each phase, for one need area. */
function TierDescriptions({ area, reference }: { area: NeedArea; reference: ReferenceData }) {
  return (
    <>
      <p className="govuk-body">
        <strong>Minimum outcome:</strong> {area.minimumOutcome}
      </p>
      {reference.complexityTiers.map((tier) => {
        const description = area.tiers[tier.id];
        return (
          <section key={tier.id} aria-labelledby={`${area.id}-${tier.id}`}>
            <h3 className="govuk-heading-s" id={`${area.id}-${tier.id}`}>
              {tier.name}
            </h3>
            {description ? (
              <>
                <p className="govuk-body">{tier.summary}</p>
                {reference.phases.map((phase) => (
                  <div key={phase.id}>
                    <h4 className="govuk-heading-s govuk-!-font-size-16 govuk-!-margin-bottom-1">
                      {phase.name}
                    </h4>
                    <ul className="govuk-list govuk-list--bullet">
                      {description[phase.id].map((item) => (
                        <li key={item}>{item}</li>
                      ))}
                    </ul>
                  </div>
                ))}
              </>
            ) : (
              <p className="govuk-body">Not bought at this tier.</p>
            )}
          </section>
        );
      })}
    </>
  );
}

/** A responsible officer's home: where they work, and what each need area's tiers deliver. */
export function ResponsibleOfficerHome({ me, reference }: { me: Me; reference: ReferenceData }) {
  const lookup = referenceLookup(reference);
  const { user } = me;
  const placed = user.pdu ? lookup.pdu(user.pdu) : undefined;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading caption="Referrals">Welcome, {user.name}</PageHeading>
        <ul className="govuk-list">
          <li>
            <AppLink href="/catalogue" className="govuk-link">
              Find an intervention and make a referral
            </AppLink>
          </li>
          <li>
            <AppLink href="/referrals" className="govuk-link">
              Your referrals
            </AppLink>
          </li>
          <li>
            <AppLink href="/notifications" className="govuk-link">
              Notifications
            </AppLink>
          </li>
        </ul>
        {placed ? (
          <SummaryList
            rows={[
              { key: "Probation delivery unit", value: placed.pdu.name },
              { key: "Region", value: placed.region.name },
              { key: "Job title", value: user.jobTitle ?? "Not given" },
            ]}
          />
        ) : (
          <InsetText>You are not linked to a probation delivery unit yet.</InsetText>
        )}
        <h2 className="govuk-heading-m">Need areas and complexity tiers</h2>
        <p className="govuk-body">
          When you refer someone you choose a need area and a complexity tier. Open a need area to see what
          each tier delivers in each phase.
        </p>
        {reference.needAreas.map((area) => (
          <Details key={area.id} summary={area.name}>
            <TierDescriptions area={area} reference={reference} />
          </Details>
        ))}
      </div>
    </div>
  );
}
