import { useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { Me } from "#shared/accounts/me.ts";
import { minimumSocialValueWeight } from "#shared/opportunities/rules.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { Button, Fieldset } from "../../components/govuk/index.ts";
import {
  FormCheckboxes,
  FormDateInput,
  FormSelect,
  FormTextarea,
  FormTextInput,
} from "../../forms/fields.tsx";
import { useFieldError } from "../../forms/GovForm.tsx";
import {
  blankQuestion,
  liveWeightTotal,
  nextQuestionId,
  type OpportunityFormValues,
} from "./opportunity-form.ts";

const deadlineHint =
  "Enter the date, then the time in UK time using the 24-hour clock. For example, 27 3 2027 and 17 00 for 5pm.";

const useOpportunityForm = () => useFormContext<OpportunityFormValues>();

/** Title, description, need area, regions, PDUs and tiers; choices narrow as the need area and regions change. */
export function AboutSection({ me, reference }: { me: Me; reference: ReferenceData }) {
  const lookup = referenceLookup(reference);
  const { control, getValues, setValue } = useOpportunityForm();
  const [needAreaId, regionIds] = useWatch({ control, name: ["needAreaId", "regionIds"] });
  const needArea = lookup.needArea(needAreaId);
  const tiersOffered = needArea ? lookup.tiersOffered(needArea) : [];
  const chosenRegions = regionIds.flatMap((id) => {
    const region = lookup.region(id);
    return region ? [region] : [];
  });
  const regionChoices = [...new Set([...me.user.regions, ...regionIds])];

  // Tiers the need area is not bought at, and PDUs outside the chosen regions, cannot stay chosen.
  useEffect(() => {
    const area = referenceLookup(reference).needArea(needAreaId);
    if (!area) return;
    const offered: readonly string[] = referenceLookup(reference).tiersOffered(area);
    const tiers = getValues("tiers");
    const kept = tiers.filter((tier) => offered.includes(tier));
    if (kept.length !== tiers.length) setValue("tiers", kept);
  }, [reference, needAreaId, getValues, setValue]);
  useEffect(() => {
    const lookup = referenceLookup(reference);
    const allowed = new Set(regionIds.flatMap((id) => lookup.region(id)?.pdus.map((pdu) => pdu.id) ?? []));
    const pduIds = getValues("pduIds");
    const kept = pduIds.filter((pdu) => allowed.has(pdu));
    if (kept.length !== pduIds.length) setValue("pduIds", kept);
  }, [reference, regionIds, getValues, setValue]);

  return (
    <>
      <h2 className="govuk-heading-l">About the opportunity</h2>
      <FormTextInput name="title" label="Title" labelClassName="govuk-label--s" />
      <FormTextarea
        name="description"
        label="Description"
        labelClassName="govuk-label--s"
        hint="What the service must achieve, who it is for and anything bidders need to know"
        rows={8}
      />
      <FormSelect
        name="needAreaId"
        label="Need area"
        labelClassName="govuk-label--s"
        items={reference.needAreas.map((area) => ({ value: area.id, text: area.name }))}
      />
      <FormCheckboxes
        name="regionIds"
        legend="Regions"
        legendSize="s"
        items={regionChoices.map((id) => ({ value: id, text: lookup.region(id)?.name ?? id }))}
      />
      {chosenRegions.length > 0 ? (
        <FormCheckboxes
          name="pduIds"
          legend="Probation delivery units (PDUs)"
          legendSize="s"
          hint="Select the PDUs the service will cover in the chosen regions"
          small
          items={chosenRegions.flatMap((region) =>
            region.pdus.map((pdu) => ({
              value: pdu.id,
              text: pdu.name,
              ...(chosenRegions.length > 1 ? { hint: region.name } : {}),
            })),
          )}
        />
      ) : null}
      <FormCheckboxes
        name="tiers"
        legend="Complexity tiers wanted"
        legendSize="s"
        hint={
          needArea && tiersOffered.length < 3
            ? `${needArea.name} is not bought at every tier.`
            : "Select all that apply"
        }
        items={reference.complexityTiers
          .filter((tier) => tiersOffered.includes(tier.id))
          .map((tier) => ({ value: tier.id, text: tier.name, hint: tier.summary }))}
      />
    </>
  );
}

/** The contract's dates, size and budget. */
export function ContractSection() {
  return (
    <>
      <h2 className="govuk-heading-l">Contract</h2>
      <FormDateInput name="contractStart" legend="Contract start date" hint="For example, 1 4 2027" />
      <FormDateInput name="contractEnd" legend="Contract end date" hint="For example, 31 3 2029" />
      <FormTextInput
        name="expectedReferralsPerYear"
        label="Expected referrals a year"
        labelClassName="govuk-label--s"
        inputMode="numeric"
        width="5"
      />
      <FormTextInput
        name="budgetCeiling"
        errorPath="budgetCeilingPence"
        label="Budget ceiling"
        labelClassName="govuk-label--s"
        hint="The most that can be spent on the contract, in pounds"
        prefix="£"
        inputMode="decimal"
        width="10"
      />
    </>
  );
}

function QuestionRows() {
  const { control, setValue } = useOpportunityForm();
  const rows = useWatch({ control, name: "qualityQuestions" });
  const error = useFieldError("qualityQuestions");
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      {error ? (
        <p id="qualityQuestions-error" className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      {rows.map((row, i) => (
        <div key={row.id} className="govuk-form-group">
          <Fieldset legend={`Quality question ${i + 1}`} legendSize="m">
            <FormTextarea name={`qualityQuestions.${i}.text`} label="Question" rows={3} />
            <FormTextInput
              name={`qualityQuestions.${i}.weight`}
              label="Weight"
              hint="Its share of the total score, out of 100"
              inputMode="numeric"
              width="3"
              suffix="%"
            />
            <FormTextInput
              name={`qualityQuestions.${i}.wordLimit`}
              label="Word limit"
              hint="Between 50 and 2,000 words"
              inputMode="numeric"
              width="4"
              suffix="words"
            />
            {rows.length > 1 ? (
              <Button
                variant="secondary"
                onClick={() =>
                  setValue(
                    "qualityQuestions",
                    rows.filter((_, j) => j !== i),
                  )
                }
              >
                Remove<span className="govuk-visually-hidden"> quality question {i + 1}</span>
              </Button>
            ) : null}
          </Fieldset>
        </div>
      ))}
      {rows.length < 20 ? (
        <div id="add-question" className="govuk-!-margin-bottom-6">
          <Button
            variant="secondary"
            onClick={() => setValue("qualityQuestions", [...rows, blankQuestion(nextQuestionId(rows))])}
          >
            Add another question
          </Button>
        </div>
      ) : null}
    </div>
  );
}

/** The quality questions and the weights, with their running total. */
export function ScoringSection() {
  const { control } = useOpportunityForm();
  const values = useWatch({ control }) as OpportunityFormValues;
  return (
    <>
      <h2 className="govuk-heading-l">How bids will be scored</h2>
      <p className="govuk-body">
        Give each quality question a weight, then the weights for social value (at least{" "}
        {minimumSocialValueWeight}) and price. All the weights must add up to 100.
      </p>
      <QuestionRows />
      <FormTextInput
        name="socialValueWeight"
        label="Social value weight"
        labelClassName="govuk-label--s"
        hint={`At least ${minimumSocialValueWeight}`}
        inputMode="numeric"
        width="3"
        suffix="%"
      />
      <FormTextInput
        name="priceWeight"
        label="Price weight"
        labelClassName="govuk-label--s"
        inputMode="numeric"
        width="3"
        suffix="%"
      />
      <p className="govuk-body govuk-!-font-weight-bold" id="weights-total" aria-live="polite">
        Weights total: {liveWeightTotal(values)} of 100
      </p>
    </>
  );
}

/** The clarification and bid deadlines, in UK time. */
export function DeadlinesSection() {
  return (
    <>
      <h2 className="govuk-heading-l">Deadlines</h2>
      <FormDateInput
        name="clarificationDeadline"
        legend="Deadline for clarification questions"
        hint={deadlineHint}
        withTime
      />
      <FormDateInput name="submissionDeadline" legend="Deadline for bids" hint={deadlineHint} withTime />
    </>
  );
}
