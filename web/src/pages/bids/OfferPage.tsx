import { useMemo } from "react";
import { useNavigate, useParams } from "react-router";
import { saveBidSchema } from "#shared/bids/bid.ts";
import { type TierId, tierIdSchema } from "#shared/reference/schema.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { Button } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { FormCheckboxes, FormTextarea, FormTextInput } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { NotFoundPage } from "../errors/NotFoundPage.tsx";
import { tierNames } from "../opportunities/labels.ts";
import { bidPath } from "./bid-sections.ts";
import { Closed } from "./Closed.tsx";
import { offerLinks, offerRequest, offerValuesFrom } from "./offer-form.ts";
import { TierGuidance } from "./TierGuidance.tsx";
import { type BidPageData, useFocusFieldFromHash, useSaveBid, WithBid } from "./with-bid.tsx";

function OfferForm({ opportunity, reference, bid, tier }: BidPageData & { tier: TierId }) {
  const lookup = referenceLookup(reference);
  const navigate = useNavigate();
  const save = useSaveBid(opportunity.id);
  const offer = useGovForm({
    schema: saveBidSchema,
    defaultValues: offerValuesFrom(bid?.content.offers[tier]),
    toRequest: useMemo(() => offerRequest(bid, tier), [bid, tier]),
    fields: useMemo(() => offerLinks(tier), [tier]),
  });
  const { errors, busy } = offer;
  const title = `${tierNames[tier]} offer`;
  usePageTitle(errors ? `Error: ${title}` : title);
  useFocusFieldFromHash();
  const prefix = `content.offers.${tier}`;
  const at = (field: string) => ({ errorPath: `${prefix}.${field}` });
  const pduChoices = opportunity.pduIds?.length
    ? opportunity.pduIds
    : opportunity.regionIds.flatMap((id) => lookup.region(id)?.pdus.map((pdu) => pdu.id) ?? []);

  const onSubmit = offer.submit(async (request) => {
    await save(request);
    navigate(bidPath(opportunity.id), { state: { flash: `${title} saved` } });
  });

  return (
    <>
      <BackLink href={bidPath(opportunity.id)} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption={opportunity.title}>{title}</PageHeading>
          <TierGuidance opportunity={opportunity} reference={reference} tier={tier} />
          <GovForm form={offer} onSubmit={onSubmit}>
            <FormTextInput
              name="title"
              {...at("title")}
              label="Name of your intervention"
              labelClassName="govuk-label--s"
            />
            <h2 className="govuk-heading-m">What happens in each phase</h2>
            <FormTextarea
              name="assessAndPlan"
              {...at("assessAndPlan")}
              label="What happens in Assess & Plan"
              labelClassName="govuk-label--s"
            />
            <FormTextarea
              name="implement"
              {...at("implement")}
              label="What happens in Implement"
              labelClassName="govuk-label--s"
            />
            <FormTextarea
              name="reviewAndEvaluate"
              {...at("reviewAndEvaluate")}
              label="What happens in Review & Evaluate"
              labelClassName="govuk-label--s"
            />
            <h2 className="govuk-heading-m">Sessions and delivery</h2>
            <FormTextInput
              name="sessions"
              {...at("sessions")}
              label="Number of sessions"
              labelClassName="govuk-label--s"
              inputMode="numeric"
              width="3"
            />
            <FormTextInput
              name="sessionMinutes"
              {...at("sessionMinutes")}
              label="Length of each session"
              labelClassName="govuk-label--s"
              hint="Between 15 and 480 minutes"
              inputMode="numeric"
              width="3"
              suffix="minutes"
            />
            <FormCheckboxes
              name="deliveryMethods"
              {...at("deliveryMethods")}
              legend="How sessions are delivered"
              legendSize="s"
              hint="Select all that apply"
              items={reference.deliveryMethods.map((m) => ({ value: m.id, text: m.name }))}
            />
            <FormCheckboxes
              name="settings"
              {...at("settings")}
              legend="Settings"
              legendSize="s"
              hint="Select all that apply"
              items={reference.settings.map((s) => ({ value: s.id, text: s.name }))}
            />
            <FormCheckboxes
              name="cohorts"
              {...at("cohorts")}
              legend="Cohorts you can serve"
              legendSize="s"
              hint="Select any groups your intervention is tailored for"
              items={reference.cohorts.map((c) => ({ value: c.id, text: c.name }))}
            />
            <FormCheckboxes
              name="pduIds"
              {...at("pduIds")}
              legend="Probation delivery units you will cover"
              legendSize="s"
              hint="Select all that apply"
              small
              items={pduChoices.map((id) => ({ value: id, text: lookup.pdu(id)?.pdu.name ?? id }))}
            />
            <h2 className="govuk-heading-m">Price and capacity</h2>
            <FormTextInput
              name="pricePerReferral"
              {...at("pricePerReferralPence")}
              label="Price per referral"
              labelClassName="govuk-label--s"
              hint="In pounds, for one person completing this tier"
              prefix="£"
              inputMode="decimal"
              width="5"
            />
            <FormTextInput
              name="capacityPerYear"
              {...at("capacityPerYear")}
              label="Capacity a year"
              labelClassName="govuk-label--s"
              hint="How many referrals you can take in a year at this tier"
              inputMode="numeric"
              width="5"
              suffix="referrals"
            />
            <Button type="submit" disabled={busy}>
              Save and return to your bid
            </Button>
          </GovForm>
        </div>
      </div>
    </>
  );
}

/** `/opportunities/:opportunityId/bid/offers/:tier`: the intervention offer for one complexity tier. */
export function OfferPage() {
  const { tier = "" } = useParams();
  const parsed = tierIdSchema.safeParse(tier);
  return (
    <WithBid
      title={parsed.success ? `${tierNames[parsed.data]} offer` : "Page not found"}
      render={(data) => {
        if (!parsed.success || !(data.opportunity.tiers ?? []).includes(parsed.data)) return <NotFoundPage />;
        if (data.opportunity.status !== "open") return <Closed {...data} />;
        return <OfferForm {...data} tier={parsed.data} />;
      }}
    />
  );
}
