import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useLocation, useNavigate, useParams } from "react-router";
import type { Me } from "#shared/accounts/me.ts";
import type { Opportunity } from "#shared/opportunities/opportunity.ts";
import { minimumSocialValueWeight } from "#shared/opportunities/rules.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { ApiError } from "../../api/api-error.ts";
import {
  opportunityKeys,
  publishOpportunity,
  updateOpportunity,
  useOpportunity,
} from "../../api/opportunities.ts";
import { useMe, useReference } from "../../api/queries.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import {
  AppLink,
  BackLink,
  Button,
  Checkboxes,
  DateInput,
  Fieldset,
  InsetText,
  NotificationBanner,
  Select,
  Textarea,
  TextInput,
} from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { useFormErrors } from "../../forms/form-errors.ts";
import {
  blankQuestion,
  formValuesFrom,
  liveWeightTotal,
  nextQuestionId,
  type OpportunityFormValues,
  opportunityFieldLinks,
  type QuestionRow,
  toUpdateInput,
} from "./opportunity-form.ts";

const title = "Edit the draft opportunity";
const deadlineHint =
  "Enter the date, then the time in UK time using the 24-hour clock. For example, 27 3 2027 and 17 00 for 5pm.";

function EditForm({
  me,
  reference,
  opportunity,
}: {
  me: Me;
  reference: ReferenceData;
  opportunity: Opportunity;
}) {
  const lookup = referenceLookup(reference);
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<OpportunityFormValues>(() => formValuesFrom(opportunity));
  const [version, setVersion] = useState(opportunity.version);
  const [saves, setSaves] = useState(0);
  const [busy, setBusy] = useState(false);
  const links = opportunityFieldLinks(values);
  const { errors, showFieldErrors, showError, clear } = useFormErrors(links);
  usePageTitle(errors ? `Error: ${title}` : title);
  const flash = (location.state as { flash?: unknown } | null)?.flash;

  const set = <K extends keyof OpportunityFormValues>(key: K, value: OpportunityFormValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));
  const setQuestion = (index: number, change: Partial<QuestionRow>) =>
    setValues((previous) => ({
      ...previous,
      qualityQuestions: previous.qualityQuestions.map((row, i) =>
        i === index ? { ...row, ...change } : row,
      ),
    }));
  const error = (path: string) => errors?.fields[path];

  const regionChoices = [...new Set([...me.user.regions, ...values.regionIds])];
  const chosenRegions = values.regionIds.flatMap((id) => {
    const region = lookup.region(id);
    return region ? [region] : [];
  });
  const needArea = lookup.needArea(values.needAreaId);
  const tiersOffered = needArea ? lookup.tiersOffered(needArea) : [];
  const total = liveWeightTotal(values);

  /** Saves the draft; returns the saved opportunity, or null when the form shows why it could not. */
  async function save(): Promise<Opportunity | null> {
    const { input, errors: unreadable } = toUpdateInput(values, version);
    if (unreadable.length) {
      showFieldErrors(unreadable);
      return null;
    }
    const saved = await updateOpportunity(opportunity.id, input);
    setVersion(saved.version);
    queryClient.setQueryData(opportunityKeys.one(opportunity.id), saved);
    return saved;
  }

  async function saveDraft(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      if (await save()) {
        clear();
        setSaves((n) => n + 1);
      }
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  }

  async function saveAndPublish() {
    setBusy(true);
    try {
      const saved = await save();
      if (!saved) return;
      try {
        await publishOpportunity(opportunity.id, saved.version);
      } catch (e) {
        // The draft was saved; say what stops it being published (every missing field and broken rule).
        if (e instanceof ApiError && e.status === 400 && e.problem?.errors?.length) {
          showFieldErrors(e.problem.errors, "The draft was saved, but it cannot be published yet.");
          return;
        }
        throw e;
      }
      await queryClient.invalidateQueries({ queryKey: opportunityKeys.all });
      navigate(`/opportunities/${opportunity.id}`, { state: { flash: "Opportunity published" } });
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <BackLink href={`/opportunities/${opportunity.id}`} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          {!errors && saves > 0 ? (
            <NotificationBanner key={saves} type="success" heading="Draft saved" />
          ) : null}
          {!errors && saves === 0 && typeof flash === "string" ? (
            <NotificationBanner type="success" heading={flash} />
          ) : null}
          <PageHeading caption={opportunity.title}>{title}</PageHeading>
          <p className="govuk-body">
            You can save the draft at any time. To publish it, every field must be filled in and the weights
            must add up to 100.
          </p>
          <form noValidate onSubmit={(event) => void saveDraft(event)}>
            <h2 className="govuk-heading-l">About the opportunity</h2>
            <TextInput
              id="title"
              label="Title"
              labelClassName="govuk-label--s"
              value={values.title}
              onChange={(v) => set("title", v)}
              error={error("title")}
            />
            <Textarea
              id="description"
              label="Description"
              labelClassName="govuk-label--s"
              hint="What the service must achieve, who it is for and anything bidders need to know"
              rows={8}
              value={values.description}
              onChange={(v) => set("description", v)}
              error={error("description")}
            />
            <Select
              id="needAreaId"
              label="Need area"
              labelClassName="govuk-label--s"
              value={values.needAreaId}
              onChange={(v) => {
                const area = lookup.needArea(v);
                const offered = area ? lookup.tiersOffered(area) : [];
                setValues((previous) => ({
                  ...previous,
                  needAreaId: v,
                  tiers: previous.tiers.filter((tier) => offered.includes(tier as never)),
                }));
              }}
              error={error("needAreaId")}
              items={reference.needAreas.map((area) => ({ value: area.id, text: area.name }))}
            />
            <Checkboxes
              name="regionIds"
              legend="Regions"
              legendSize="s"
              values={values.regionIds}
              onChange={(regionIds) => {
                const allowed = new Set(
                  regionIds.flatMap((id) => lookup.region(id)?.pdus.map((pdu) => pdu.id) ?? []),
                );
                setValues((previous) => ({
                  ...previous,
                  regionIds,
                  pduIds: previous.pduIds.filter((pdu) => allowed.has(pdu)),
                }));
              }}
              error={error("regionIds")}
              items={regionChoices.map((id) => ({ value: id, text: lookup.region(id)?.name ?? id }))}
            />
            {chosenRegions.length > 0 ? (
              <Checkboxes
                name="pduIds"
                legend="Probation delivery units (PDUs)"
                legendSize="s"
                hint="Select the PDUs the service will cover in the chosen regions"
                small
                values={values.pduIds}
                onChange={(v) => set("pduIds", v)}
                error={error("pduIds")}
                items={chosenRegions.flatMap((region) =>
                  region.pdus.map((pdu) => ({
                    value: pdu.id,
                    text: pdu.name,
                    ...(chosenRegions.length > 1 ? { hint: region.name } : {}),
                  })),
                )}
              />
            ) : null}
            <Checkboxes
              name="tiers"
              legend="Complexity tiers wanted"
              legendSize="s"
              hint={
                needArea && tiersOffered.length < 3
                  ? `${needArea.name} is not bought at every tier.`
                  : "Select all that apply"
              }
              values={values.tiers}
              onChange={(v) => set("tiers", v)}
              error={error("tiers")}
              items={reference.complexityTiers
                .filter((tier) => tiersOffered.includes(tier.id))
                .map((tier) => ({ value: tier.id, text: tier.name, hint: tier.summary }))}
            />

            <h2 className="govuk-heading-l">Contract</h2>
            <DateInput
              id="contractStart"
              legend="Contract start date"
              hint="For example, 1 4 2027"
              value={values.contractStart}
              onChange={(v) => set("contractStart", v)}
              error={error("contractStart")}
            />
            <DateInput
              id="contractEnd"
              legend="Contract end date"
              hint="For example, 31 3 2029"
              value={values.contractEnd}
              onChange={(v) => set("contractEnd", v)}
              error={error("contractEnd")}
            />
            <TextInput
              id="expectedReferralsPerYear"
              label="Expected referrals a year"
              labelClassName="govuk-label--s"
              inputMode="numeric"
              width="5"
              value={values.expectedReferralsPerYear}
              onChange={(v) => set("expectedReferralsPerYear", v)}
              error={error("expectedReferralsPerYear")}
            />
            <TextInput
              id="budgetCeiling"
              label="Budget ceiling"
              labelClassName="govuk-label--s"
              hint="The most that can be spent on the contract, in pounds"
              prefix="£"
              inputMode="decimal"
              width="10"
              value={values.budgetCeiling}
              onChange={(v) => set("budgetCeiling", v)}
              error={error("budgetCeilingPence")}
            />

            <h2 className="govuk-heading-l">How bids will be scored</h2>
            <p className="govuk-body">
              Give each quality question a weight, then the weights for social value (at least{" "}
              {minimumSocialValueWeight}) and price. All the weights must add up to 100.
            </p>
            <div className={`govuk-form-group${error("qualityQuestions") ? " govuk-form-group--error" : ""}`}>
              {error("qualityQuestions") ? (
                <p id="qualityQuestions-error" className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {error("qualityQuestions")}
                </p>
              ) : null}
              {values.qualityQuestions.map((row, i) => (
                <div key={row.id} className="govuk-form-group">
                  <Fieldset legend={`Quality question ${i + 1}`} legendSize="m">
                    <Textarea
                      id={`qualityQuestions-${i}-text`}
                      label="Question"
                      rows={3}
                      value={row.text}
                      onChange={(v) => setQuestion(i, { text: v })}
                      error={error(`qualityQuestions.${i}.text`)}
                    />
                    <TextInput
                      id={`qualityQuestions-${i}-weight`}
                      label="Weight"
                      hint="Its share of the total score, out of 100"
                      inputMode="numeric"
                      width="3"
                      suffix="%"
                      value={row.weight}
                      onChange={(v) => setQuestion(i, { weight: v })}
                      error={error(`qualityQuestions.${i}.weight`)}
                    />
                    <TextInput
                      id={`qualityQuestions-${i}-wordLimit`}
                      label="Word limit"
                      hint="Between 50 and 2,000 words"
                      inputMode="numeric"
                      width="4"
                      suffix="words"
                      value={row.wordLimit}
                      onChange={(v) => setQuestion(i, { wordLimit: v })}
                      error={error(`qualityQuestions.${i}.wordLimit`)}
                    />
                    {values.qualityQuestions.length > 1 ? (
                      <Button
                        variant="secondary"
                        onClick={() =>
                          set(
                            "qualityQuestions",
                            values.qualityQuestions.filter((_, j) => j !== i),
                          )
                        }
                      >
                        Remove<span className="govuk-visually-hidden"> quality question {i + 1}</span>
                      </Button>
                    ) : null}
                  </Fieldset>
                </div>
              ))}
              {values.qualityQuestions.length < 20 ? (
                <AddQuestionButton
                  onAdd={() =>
                    set("qualityQuestions", [
                      ...values.qualityQuestions,
                      blankQuestion(nextQuestionId(values.qualityQuestions)),
                    ])
                  }
                />
              ) : null}
            </div>
            <TextInput
              id="socialValueWeight"
              label="Social value weight"
              labelClassName="govuk-label--s"
              hint={`At least ${minimumSocialValueWeight}`}
              inputMode="numeric"
              width="3"
              suffix="%"
              value={values.socialValueWeight}
              onChange={(v) => set("socialValueWeight", v)}
              error={error("socialValueWeight")}
            />
            <TextInput
              id="priceWeight"
              label="Price weight"
              labelClassName="govuk-label--s"
              inputMode="numeric"
              width="3"
              suffix="%"
              value={values.priceWeight}
              onChange={(v) => set("priceWeight", v)}
              error={error("priceWeight")}
            />
            <p className="govuk-body govuk-!-font-weight-bold" id="weights-total" aria-live="polite">
              Weights total: {total} of 100
            </p>

            <h2 className="govuk-heading-l">Deadlines</h2>
            <DateInput
              id="clarificationDeadline"
              legend="Deadline for clarification questions"
              hint={deadlineHint}
              withTime
              value={values.clarificationDeadline}
              onChange={(v) => set("clarificationDeadline", v)}
              error={error("clarificationDeadline")}
            />
            <DateInput
              id="submissionDeadline"
              legend="Deadline for bids"
              hint={deadlineHint}
              withTime
              value={values.submissionDeadline}
              onChange={(v) => set("submissionDeadline", v)}
              error={error("submissionDeadline")}
            />
            <div className="govuk-button-group">
              <Button onClick={() => void saveAndPublish()} disabled={busy}>
                Save and publish
              </Button>
              <Button type="submit" variant="secondary" disabled={busy}>
                Save as draft
              </Button>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}

function AddQuestionButton({ onAdd }: { onAdd: () => void }) {
  return (
    <div id="add-question" className="govuk-!-margin-bottom-6">
      <Button variant="secondary" onClick={onAdd}>
        Add another question
      </Button>
    </div>
  );
}

/** `/opportunities/:opportunityId/edit`: every field of a draft, saved with its version, then published. */
export function EditOpportunityPage() {
  const { opportunityId = "" } = useParams();
  const me = useMe();
  const reference = useReference();
  const opportunity = useOpportunity(opportunityId);
  const state = settle(me, reference, opportunity);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const [meData, referenceData, opp] = state.data;
  if (opp.state !== "draft") {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption={opp.title}>{title}</PageHeading>
          <InsetText>
            Only drafts can be edited. Once an opportunity is published, its deadlines can be extended.
          </InsetText>
          <p className="govuk-body">
            <AppLink href={`/opportunities/${opp.id}`} className="govuk-link">
              Go to the opportunity
            </AppLink>
          </p>
        </div>
      </div>
    );
  }
  return <EditForm me={meData} reference={referenceData} opportunity={opp} />;
}
