import { useQueryClient } from "@tanstack/react-query";
import type { Contract } from "#shared/contracts/contract.ts";
import { type ImprovementPlan, planStepSchema } from "#shared/contracts/improvement.ts";
import { stepPlan } from "../../api/contract-reviews.ts";
import type { DateParts } from "../../components/govuk/fields.ts";
import { Button } from "../../components/govuk/index.ts";
import { FormDateInput, FormRadios, FormTextarea, FormTextInput } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { partsToIsoDate } from "../../forms/parse.ts";
import { useGovForm } from "../../forms/use-gov-form.ts";

/** Rows the submit form offers; a plan may hold more, submitted through the API. */
const rowCount = 3;

const useStep = (contract: Contract, plan: ImprovementPlan) => {
  const queryClient = useQueryClient();
  return async (body: unknown) => {
    await stepPlan(contract.id, plan.period, body);
    await queryClient.invalidateQueries({ queryKey: ["contracts", contract.id] });
  };
};

type Row = { what: string; owner: string; dueDate: DateParts };
const blank = (r: Row) => !r.what.trim() && !r.owner.trim() && partsToIsoDate(r.dueDate) === undefined;

/** The provider's actions: what will be done, who owns it and when it is due. */
export function SubmitActionsForm({ contract, plan }: { contract: Contract; plan: ImprovementPlan }) {
  const step = useStep(contract, plan);
  const rows = Array.from({ length: rowCount }, (_, i) => i);
  const form = useGovForm({
    schema: planStepSchema,
    defaultValues: { rows: rows.map(() => ({ what: "", owner: "", dueDate: {} })) as Row[] },
    toRequest: (v: { rows: Row[] }) => ({
      step: "submit",
      actions: v.rows
        .filter((r, i) => i === 0 || !blank(r))
        .map((r) => ({ what: r.what, owner: r.owner, dueDate: partsToIsoDate(r.dueDate) ?? "not a date" })),
      version: plan.version,
    }),
    fields: Object.fromEntries([
      ["actions", "#rows-0-what"],
      ...rows.flatMap((i) => [
        [`actions.${i}.what`, `#rows-${i}-what`],
        [`actions.${i}.owner`, `#rows-${i}-owner`],
        [`actions.${i}.dueDate`, `#rows-${i}-dueDate-day`],
      ]),
    ]),
  });
  const onSubmit = form.submit(step);
  return (
    <GovForm form={form} onSubmit={onSubmit} aria-label="Submit the improvement actions">
      <FormErrorSummary errors={form.errors} />
      {rows.map((i) => (
        <fieldset key={i} className="govuk-fieldset govuk-!-margin-bottom-6">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            Action {i + 1}
            {i > 0 ? " (optional)" : ""}
          </legend>
          <FormTextarea
            name={`rows.${i}.what`}
            errorPath={`actions.${i}.what`}
            label="What will be done"
            rows={2}
          />
          <FormTextInput
            name={`rows.${i}.owner`}
            errorPath={`actions.${i}.owner`}
            label="Who owns it"
            width="20"
          />
          <FormDateInput
            name={`rows.${i}.dueDate`}
            errorPath={`actions.${i}.dueDate`}
            legend="Due by"
            hint="For example, 31 1 2027"
          />
        </fieldset>
      ))}
      <Button type="submit" disabled={form.busy}>
        Submit the plan
      </Button>
    </GovForm>
  );
}

/** The commissioner agrees the actions or sends them back with comments. */
export function ReviewPlanForm({ contract, plan }: { contract: Contract; plan: ImprovementPlan }) {
  const step = useStep(contract, plan);
  const form = useGovForm({
    schema: planStepSchema,
    defaultValues: { step: "", comments: "" },
    toRequest: (v: { step: string; comments: string }) => ({
      step: v.step || undefined,
      ...(v.comments.trim() ? { comments: v.comments } : {}),
      version: plan.version,
    }),
    fields: { step: "#review-step", comments: "#review-comments" },
  });
  return (
    <GovForm form={form} onSubmit={form.submit(step)} aria-label="Agree or send back the plan">
      <FormErrorSummary errors={form.errors} />
      <FormRadios
        name="step"
        idPrefix="review-step"
        legend="Your answer"
        legendSize="s"
        items={[
          { value: "agree", text: "Agree the plan" },
          { value: "send-back", text: "Send it back with comments" },
        ]}
      />
      <FormTextarea
        name="comments"
        id="review-comments"
        label="Comments"
        hint="Needed to send it back"
        rows={3}
      />
      <Button type="submit" disabled={form.busy}>
        Record your answer
      </Button>
    </GovForm>
  );
}

/** The provider records progress on one agreed action. */
export function ProgressForm({ contract, plan }: { contract: Contract; plan: ImprovementPlan }) {
  const step = useStep(contract, plan);
  const form = useGovForm({
    schema: planStepSchema,
    defaultValues: { action: "", state: "", note: "" },
    toRequest: (v: { action: string; state: string; note: string }) => ({
      step: "progress",
      action: v.action ? Number(v.action) : undefined,
      state: v.state || undefined,
      note: v.note,
      version: plan.version,
    }),
    fields: { action: "#progress-action", state: "#progress-state", note: "#progress-note" },
  });
  return (
    <GovForm form={form} onSubmit={form.submit(step)} aria-label="Record progress">
      <FormErrorSummary errors={form.errors} />
      <FormRadios
        name="action"
        idPrefix="progress-action"
        legend="Action"
        legendSize="s"
        small
        items={plan.actions.map((a) => ({ value: String(a.number), text: `${a.number}. ${a.what}` }))}
      />
      <FormRadios
        name="state"
        idPrefix="progress-state"
        legend="Where it stands"
        legendSize="s"
        small
        items={[
          { value: "not-started", text: "Not started" },
          { value: "in-progress", text: "In progress" },
          { value: "done", text: "Done" },
        ]}
      />
      <FormTextarea name="note" id="progress-note" label="Progress made" rows={3} />
      <Button type="submit" variant="secondary" disabled={form.busy}>
        Record progress
      </Button>
    </GovForm>
  );
}

/** The commissioner closes the plan with its outcome. */
export function ClosePlanForm({ contract, plan }: { contract: Contract; plan: ImprovementPlan }) {
  const step = useStep(contract, plan);
  const form = useGovForm({
    schema: planStepSchema,
    defaultValues: { outcome: "", summary: "" },
    toRequest: (v: { outcome: string; summary: string }) => ({
      step: "close",
      outcome: v.outcome || undefined,
      summary: v.summary,
      version: plan.version,
    }),
    fields: { outcome: "#close-outcome", summary: "#close-summary" },
  });
  return (
    <GovForm form={form} onSubmit={form.submit(step)} aria-label="Close the plan">
      <FormErrorSummary errors={form.errors} />
      <FormRadios
        name="outcome"
        idPrefix="close-outcome"
        legend="Outcome"
        legendSize="s"
        small
        items={[
          { value: "improved", text: "Improved" },
          { value: "partly-improved", text: "Partly improved" },
          { value: "not-improved", text: "Not improved" },
        ]}
      />
      <FormTextarea name="summary" id="close-summary" label="Summary of the outcome" rows={3} />
      <Button type="submit" variant="warning" disabled={form.busy}>
        Close the plan
      </Button>
    </GovForm>
  );
}
