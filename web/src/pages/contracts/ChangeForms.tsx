import { useQueryClient } from "@tanstack/react-query";
import { type ContractChange, decideChangeSchema, respondToChangeSchema } from "#shared/contracts/change.ts";
import type { Contract } from "#shared/contracts/contract.ts";
import { decideChange, respondToChange } from "../../api/contract-management.ts";
import { Button } from "../../components/govuk/index.ts";
import { FormRadios, FormTextarea } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { TermsFields, termsFieldLinks, termsRequest, type TermsValues, termsValues } from "./terms-form.tsx";

const useRefresh = (contract: Contract) => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ["contracts", contract.id] });
};

/** A party's response to a proposed change: a comment, a request for clarification or the clarification. */
export function RespondForm({
  contract,
  change,
  proposer,
}: {
  contract: Contract;
  change: ContractChange;
  proposer: boolean;
}) {
  const refresh = useRefresh(contract);
  const id = `respond-${change.number}`;
  const form = useGovForm({
    schema: respondToChangeSchema,
    defaultValues: { kind: proposer ? "clarification" : "comment", text: "" },
    toRequest: (v: { kind: string; text: string }) => ({ ...v, version: change.version }),
    fields: { kind: `#${id}-kind`, text: `#${id}-text` },
    resetAfterSubmit: true,
  });
  const onSubmit = form.submit(async (body) => {
    await respondToChange(contract.id, change.id, body);
    await refresh();
  });
  return (
    <GovForm form={form} onSubmit={onSubmit} aria-label={`Respond to NoC ${change.number}`}>
      <FormErrorSummary errors={form.errors} />
      <FormRadios
        name="kind"
        idPrefix={`${id}-kind`}
        legend="Your response"
        legendSize="s"
        small
        items={
          proposer
            ? [
                { value: "clarification", text: "A clarification" },
                { value: "comment", text: "A comment" },
              ]
            : [
                { value: "comment", text: "A comment" },
                { value: "clarification-request", text: "Ask for clarification" },
              ]
        }
      />
      <FormTextarea name="text" id={`${id}-text`} label="What you want to say" rows={3} />
      <Button type="submit" variant="secondary" disabled={form.busy}>
        Send response
      </Button>
    </GovForm>
  );
}

type DecideValues = TermsValues & { outcome: string; reason: string };

/** The commissioner's decision: amend as proposed, as modified (with the modified terms) or no change. */
export function DecideForm({ contract, change }: { contract: Contract; change: ContractChange }) {
  const refresh = useRefresh(contract);
  const form = useGovForm({
    schema: decideChangeSchema,
    defaultValues: { ...termsValues(contract, change.terms), outcome: "", reason: "" } as DecideValues,
    toRequest: (v: DecideValues) => ({
      outcome: v.outcome || undefined,
      reason: v.reason,
      ...(v.outcome === "as-modified" ? { terms: termsRequest(contract, v) } : {}),
      version: change.version,
    }),
    fields: { outcome: "#outcome", ...termsFieldLinks(contract, "terms"), reason: "#reason" },
  });
  const onSubmit = form.submit(async (body) => {
    await decideChange(contract.id, change.id, body);
    await refresh();
  });
  return (
    <GovForm form={form} onSubmit={onSubmit} aria-label={`Decide NoC ${change.number}`}>
      <FormErrorSummary errors={form.errors} />
      <FormRadios
        name="outcome"
        legend="Your decision"
        legendSize="s"
        items={[
          { value: "as-proposed", text: "Amend the contract as proposed" },
          {
            value: "as-modified",
            text: "Amend the contract as modified",
            conditional: <TermsFields contract={contract} prefix="terms" />,
          },
          { value: "no-change", text: "Make no change" },
        ]}
      />
      <FormTextarea name="reason" label="Reason for your decision" rows={3} />
      <Button type="submit" disabled={form.busy}>
        Record the decision
      </Button>
    </GovForm>
  );
}
