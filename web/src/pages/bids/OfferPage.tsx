import { type FormEvent, useState } from "react";
import { useNavigate, useParams } from "react-router";
import type { InterventionOffer } from "#shared/bids/bid.ts";
import type { FieldError } from "#shared/http/problem.ts";
import { type TierId, tierIdSchema } from "#shared/reference/schema.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import {
  BackLink,
  Button,
  Checkboxes,
  Details,
  InsetText,
  Textarea,
  TextInput,
} from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { type FieldLinks, useFormErrors } from "../../forms/form-errors.ts";
import { numberInput, parsePoundsToPence, parseWholeNumber, penceToPoundsInput } from "../../forms/parse.ts";
import { NotFoundPage } from "../errors/NotFoundPage.tsx";
import { tierNames } from "../opportunities/labels.ts";
import { bidPath, offerFieldIds, offerStarted } from "./bid-sections.ts";
import { type BidPageData, useFocusFieldFromHash, useSaveBid, WithBid } from "./with-bid.tsx";

interface OfferValues {
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

const valuesFrom = (offer: InterventionOffer | undefined): OfferValues => ({
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

/** The form as an offer: blank fields are left out (a draft may be partial). */
function toOffer(values: OfferValues, prefix: string): { offer: InterventionOffer; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const offer: Record<string, unknown> = {};
  for (const key of ["title", "assessAndPlan", "implement", "reviewAndEvaluate"] as const) {
    if (values[key].trim()) offer[key] = values[key];
  }
  for (const key of ["deliveryMethods", "settings", "cohorts", "pduIds"] as const) {
    if (values[key].length) offer[key] = values[key];
  }
  const whole = (key: "sessions" | "sessionMinutes" | "capacityPerYear", message: string) => {
    const value = parseWholeNumber(values[key]);
    if (Number.isNaN(value)) errors.push({ path: `${prefix}.${key}`, message });
    else if (value !== undefined) offer[key] = value;
  };
  whole("sessions", "Enter the number of sessions as a whole number");
  whole("sessionMinutes", "Enter the session length as a whole number of minutes");
  whole("capacityPerYear", "Enter the capacity a year as a whole number of referrals");
  const price = parsePoundsToPence(values.pricePerReferral);
  if (Number.isNaN(price))
    errors.push({
      path: `${prefix}.pricePerReferralPence`,
      message: "Enter the price per referral as an amount in pounds, like 450 or 450.50",
    });
  else if (price !== undefined) offer.pricePerReferralPence = price;
  return { offer: offer as InterventionOffer, errors };
}

function OfferForm({ opportunity, reference, bid, tier }: BidPageData & { tier: TierId }) {
  const lookup = referenceLookup(reference);
  const navigate = useNavigate();
  const save = useSaveBid(opportunity.id);
  const [values, setValues] = useState<OfferValues>(() => valuesFrom(bid?.content.offers[tier]));
  const [busy, setBusy] = useState(false);
  const prefix = `content.offers.${tier}`;
  const links: FieldLinks = Object.fromEntries([
    [prefix, "#title"],
    ...Object.entries(offerFieldIds).map(([field, id]) => [`${prefix}.${field}`, `#${id}`]),
  ]);
  const { errors, showFieldErrors, showError } = useFormErrors(links);
  const title = `${tierNames[tier]} offer`;
  usePageTitle(errors ? `Error: ${title}` : title);
  useFocusFieldFromHash();
  const set = <K extends keyof OfferValues>(key: K, value: OfferValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));
  const error = (field: keyof InterventionOffer) => errors?.fields[`${prefix}.${field}`];

  const needArea = lookup.needArea(opportunity.needAreaId);
  const description = needArea?.tiers[tier];
  const pduChoices = opportunity.pduIds?.length
    ? opportunity.pduIds
    : opportunity.regionIds.flatMap((id) => lookup.region(id)?.pdus.map((pdu) => pdu.id) ?? []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const { offer, errors: unreadable } = toOffer(values, prefix);
    if (unreadable.length) {
      showFieldErrors(unreadable);
      return;
    }
    setBusy(true);
    try {
      await save(bid, (content) => {
        const offers = { ...content.offers };
        if (offerStarted(offer)) offers[tier] = offer;
        else delete offers[tier];
        return { ...content, offers };
      });
      navigate(bidPath(opportunity.id), { state: { flash: `${title} saved` } });
    } catch (e) {
      setBusy(false);
      showError(e);
    }
  }

  return (
    <>
      <BackLink href={bidPath(opportunity.id)} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption={opportunity.title}>{title}</PageHeading>
          {description ? (
            <Details
              summary={`What ${tierNames[tier].toLowerCase()} means for ${needArea?.name ?? "this need"}`}
            >
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
          ) : null}
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <TextInput
              id="title"
              label="Name of your intervention"
              labelClassName="govuk-label--s"
              value={values.title}
              onChange={(v) => set("title", v)}
              error={error("title")}
            />
            <h2 className="govuk-heading-m">What happens in each phase</h2>
            <Textarea
              id="assessAndPlan"
              label="What happens in Assess & Plan"
              labelClassName="govuk-label--s"
              value={values.assessAndPlan}
              onChange={(v) => set("assessAndPlan", v)}
              error={error("assessAndPlan")}
            />
            <Textarea
              id="implement"
              label="What happens in Implement"
              labelClassName="govuk-label--s"
              value={values.implement}
              onChange={(v) => set("implement", v)}
              error={error("implement")}
            />
            <Textarea
              id="reviewAndEvaluate"
              label="What happens in Review & Evaluate"
              labelClassName="govuk-label--s"
              value={values.reviewAndEvaluate}
              onChange={(v) => set("reviewAndEvaluate", v)}
              error={error("reviewAndEvaluate")}
            />
            <h2 className="govuk-heading-m">Sessions and delivery</h2>
            <TextInput
              id="sessions"
              label="Number of sessions"
              labelClassName="govuk-label--s"
              inputMode="numeric"
              width="3"
              value={values.sessions}
              onChange={(v) => set("sessions", v)}
              error={error("sessions")}
            />
            <TextInput
              id="sessionMinutes"
              label="Length of each session"
              labelClassName="govuk-label--s"
              hint="Between 15 and 480 minutes"
              inputMode="numeric"
              width="3"
              suffix="minutes"
              value={values.sessionMinutes}
              onChange={(v) => set("sessionMinutes", v)}
              error={error("sessionMinutes")}
            />
            <Checkboxes
              name="deliveryMethods"
              legend="How sessions are delivered"
              legendSize="s"
              hint="Select all that apply"
              values={values.deliveryMethods}
              onChange={(v) => set("deliveryMethods", v)}
              error={error("deliveryMethods")}
              items={reference.deliveryMethods.map((m) => ({ value: m.id, text: m.name }))}
            />
            <Checkboxes
              name="settings"
              legend="Settings"
              legendSize="s"
              hint="Select all that apply"
              values={values.settings}
              onChange={(v) => set("settings", v)}
              error={error("settings")}
              items={reference.settings.map((s) => ({ value: s.id, text: s.name }))}
            />
            <Checkboxes
              name="cohorts"
              legend="Cohorts you can serve"
              legendSize="s"
              hint="Select any groups your intervention is tailored for"
              values={values.cohorts}
              onChange={(v) => set("cohorts", v)}
              error={error("cohorts")}
              items={reference.cohorts.map((c) => ({ value: c.id, text: c.name }))}
            />
            <Checkboxes
              name="pduIds"
              legend="Probation delivery units you will cover"
              legendSize="s"
              hint="Select all that apply"
              small
              values={values.pduIds}
              onChange={(v) => set("pduIds", v)}
              error={error("pduIds")}
              items={pduChoices.map((id) => ({ value: id, text: lookup.pdu(id)?.pdu.name ?? id }))}
            />
            <h2 className="govuk-heading-m">Price and capacity</h2>
            <TextInput
              id="pricePerReferral"
              label="Price per referral"
              labelClassName="govuk-label--s"
              hint="In pounds, for one person completing this tier"
              prefix="£"
              inputMode="decimal"
              width="5"
              value={values.pricePerReferral}
              onChange={(v) => set("pricePerReferral", v)}
              error={error("pricePerReferralPence")}
            />
            <TextInput
              id="capacityPerYear"
              label="Capacity a year"
              labelClassName="govuk-label--s"
              hint="How many referrals you can take in a year at this tier"
              inputMode="numeric"
              width="5"
              suffix="referrals"
              value={values.capacityPerYear}
              onChange={(v) => set("capacityPerYear", v)}
              error={error("capacityPerYear")}
            />
            <Button type="submit" disabled={busy}>
              Save and return to your bid
            </Button>
          </form>
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

/** What a section page shows once the deadline has passed. */
export function Closed({ opportunity }: BidPageData) {
  return (
    <>
      <BackLink href={bidPath(opportunity.id)} />
      <PageHeading caption={opportunity.title}>Your bid can no longer be changed</PageHeading>
      <InsetText>The deadline for bids has passed.</InsetText>
    </>
  );
}
