import { useQueryClient } from "@tanstack/react-query";
import type { Contract } from "#shared/contracts/contract.ts";
import { type ImprovementPlan, planStepSchema } from "#shared/contracts/improvement.ts";
import { stepPlan } from "../../api/contract-reviews.ts";
import { Button } from "../../components/govuk/index.ts";
import { FormRadios, FormTextarea } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { stepFields } from "./plan-step.ts";

/** Sends one step of the plan, then reloads the contract's pages so they show it. */
export const useStep = (contract: Contract, plan: ImprovementPlan) => {
  const queryClient = useQueryClient();
  return async (body: unknown) => {
    await stepPlan(contract.id, plan.period, body);
    await queryClient.invalidateQueries({ queryKey: ["contracts", contract.id] });
  };
};

/** A set of radios of a step: the request field it answers, its legend and its choices. */
export interface StepChoice {
  name: string;
  legend: string;
  items: { value: string; text: string }[];
  small?: boolean;
}

/**
 * A step of the plan recorded with radios, a text and a button (the commissioner's review and close, the
 * provider's progress). Fields are named as the request's; ids are `<prefix>-<name>`. An unanswered
 * choice is sent as absent, so the API's message for it is the one shown.
 */
export function PlanStepForm({
  contract,
  plan,
  prefix,
  label,
  choices,
  text,
  button,
  toRequest,
}: {
  contract: Contract;
  plan: ImprovementPlan;
  prefix: string;
  /** The form's accessible name. */
  label: string;
  choices: StepChoice[];
  text: { name: string; label: string; hint?: string };
  button: { text: string; variant?: "secondary" | "warning" };
  /** The request from the answers (without the version, which this adds). */
  toRequest: (values: Record<string, string>) => Record<string, unknown>;
}) {
  const step = useStep(contract, plan);
  const names = [...choices.map((c) => c.name), text.name];
  const form = useGovForm({
    schema: planStepSchema,
    defaultValues: Object.fromEntries(names.map((n) => [n, ""])) as Record<string, string>,
    toRequest: (values: Record<string, string>) => ({ ...toRequest(values), version: plan.version }),
    fields: stepFields(prefix, names),
  });
  return (
    <GovForm form={form} onSubmit={form.submit(step)} aria-label={label}>
      <FormErrorSummary errors={form.errors} />
      {choices.map((c) => (
        <FormRadios
          key={c.name}
          name={c.name}
          idPrefix={`${prefix}-${c.name}`}
          legend={c.legend}
          legendSize="s"
          small={c.small}
          items={c.items}
        />
      ))}
      <FormTextarea
        name={text.name}
        id={`${prefix}-${text.name}`}
        label={text.label}
        hint={text.hint}
        rows={3}
      />
      <Button type="submit" variant={button.variant} disabled={form.busy}>
        {button.text}
      </Button>
    </GovForm>
  );
}
