import { useParams, useSearchParams } from "react-router";
import { type CatalogueIntervention, startReferral, useCatalogueIntervention } from "../../api/referrals.ts";
import { useReference } from "../../api/queries.ts";
import { Button, SummaryList, Tag } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDate, formatPence } from "../../format/format.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { names } from "./CataloguePage.tsx";
import { capacityTags } from "./labels.ts";
import { useReferralAction } from "./use-referral-action.ts";

function Details({
  intervention,
  reference,
}: {
  intervention: CatalogueIntervention;
  reference: ReferenceData;
}) {
  const { errors, busy, run } = useReferralAction({});
  // The search the officer came from (its filters ride along in the address).
  const search = useSearchParams()[0].toString();
  const area = reference.needAreas.find((n) => n.id === intervention.needAreaId);
  const tier = reference.complexityTiers.find((t) => t.id === intervention.tierId);
  const description = area?.tiers[intervention.tierId];
  const capacity = capacityTags[intervention.capacityStatus];
  return (
    <>
      <BackLink href={search ? `/catalogue?${search}` : "/catalogue"}>Back to search</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption={`${intervention.organisationName} – ${area?.name ?? ""}`}>
            {intervention.title}
          </PageHeading>
          <SummaryList
            rows={[
              { key: "Provider", value: intervention.organisationName },
              { key: "Need area", value: area?.name ?? intervention.needAreaId },
              { key: "Complexity", value: `${tier?.name ?? ""}: ${tier?.summary ?? ""}` },
              {
                key: "Eligibility",
                value: `Adults on probation; tailored for ${names(reference.cohorts, intervention.cohorts, "everyone")}`,
              },
              { key: "Settings", value: names(reference.settings, intervention.settings, "Not given") },
              {
                key: "Delivery",
                value: names(reference.deliveryMethods, intervention.deliveryMethods, "Not given"),
              },
              {
                key: "Sessions",
                value: `${intervention.sessions} of ${intervention.sessionMinutes} minutes`,
              },
              { key: "Price per referral", value: formatPence(intervention.pricePerReferralPence) },
              {
                key: "Capacity",
                value: (
                  <>
                    <Tag colour={capacity.colour}>{capacity.text}</Tag> {intervention.referralsThisYear} of{" "}
                    {intervention.capacityPerYear} referrals this year
                  </>
                ),
              },
              {
                key: "Contract",
                value: `${intervention.contractReference}, until ${formatDate(intervention.endDate)}`,
              },
            ]}
          />
          <h2 className="govuk-heading-m">What the provider will do</h2>
          <h3 className="govuk-heading-s">Assess & Plan</h3>
          <p className="govuk-body">{intervention.assessAndPlan}</p>
          <h3 className="govuk-heading-s">Implement</h3>
          <p className="govuk-body">{intervention.implement}</p>
          <h3 className="govuk-heading-s">Review & Evaluate</h3>
          <p className="govuk-body">{intervention.reviewAndEvaluate}</p>
          {description ? (
            <>
              <h2 className="govuk-heading-m">What {tier?.name.toLowerCase()} covers</h2>
              <ul className="govuk-list govuk-list--bullet">
                {description.implement.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </>
          ) : null}
          <form
            noValidate
            onSubmit={(event) =>
              void run(
                () => startReferral(intervention.id),
                (draft) => `/referrals/${draft.id}`,
              )(event)
            }
          >
            <Button type="submit" disabled={busy}>
              Refer someone to this intervention
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}

/** `/catalogue/:interventionId`: one live intervention, and the start of a referral to it. */
export function InterventionPage() {
  const { interventionId = "" } = useParams();
  const intervention = useCatalogueIntervention(interventionId);
  const reference = useReference();
  const state = settle(intervention, reference);
  usePageTitle(state.title ?? intervention.data?.title ?? "Intervention");
  if (!state.ready) return state.view;
  return <Details intervention={state.data[0]} reference={state.data[1]} />;
}
