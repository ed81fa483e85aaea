import type { Contract } from "#shared/contracts/contract.ts";
import { type ImprovementPlan, planStepSchema } from "#shared/contracts/improvement.ts";
import type { DateParts } from "../../components/govuk/fields.ts";
import { Button } from "../../components/govuk/index.ts";
import { FormDateInput, FormTextarea, FormTextInput } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { partsToIsoDate } from "../../forms/parse.ts";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { actionStates, planOutcomes, reviewAnswers } from "./plan-step.ts";
import { PlanStepForm, useStep } from "./PlanStepForm.tsx";

/** Rows the submit form offers; a plan may hold more, submitted through the API. */
const rowCount = 3;

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
  return (
    <PlanStepForm
      contract={contract}
      plan={plan}
      prefix="review"
      label="Agree or send back the plan"
      choices={[{ name: "step", legend: "Your answer", items: reviewAnswers }]}
      text={{ name: "comments", label: "Comments", hint: "Needed to send it back" }}
      button={{ text: "Record your answer" }}
      toRequest={(v) => ({
        step: v.step || undefined,
        ...(v.comments?.trim() ? { comments: v.comments } : {}),
      })}
    />
  );
}

/** The provider records progress on one agreed action. */
export function ProgressForm({ contract, plan }: { contract: Contract; plan: ImprovementPlan }) {
  return (
    <PlanStepForm
      contract={contract}
      plan={plan}
      prefix="progress"
      label="Record progress"
      choices={[
        {
          name: "action",
          legend: "Action",
          small: true,
          items: plan.actions.map((a) => ({ value: String(a.number), text: `${a.number}. ${a.what}` })),
        },
        { name: "state", legend: "Where it stands", small: true, items: actionStates },
      ]}
      text={{ name: "note", label: "Progress made" }}
      button={{ text: "Record progress", variant: "secondary" }}
      toRequest={(v) => ({
        step: "progress",
        action: v.action ? Number(v.action) : undefined,
        state: v.state || undefined,
        note: v.note,
      })}
    />
  );
}

/** The commissioner closes the plan with its outcome. */
export function ClosePlanForm({ contract, plan }: { contract: Contract; plan: ImprovementPlan }) {
  return (
    <PlanStepForm
      contract={contract}
      plan={plan}
      prefix="close"
      label="Close the plan"
      choices={[{ name: "outcome", legend: "Outcome", small: true, items: planOutcomes }]}
      text={{ name: "summary", label: "Summary of the outcome" }}
      button={{ text: "Close the plan", variant: "warning" }}
      toRequest={(v) => ({ step: "close", outcome: v.outcome || undefined, summary: v.summary })}
    />
  );
}
