import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "react-router";
import { terminateContractSchema } from "#shared/contracts/change.ts";
import type { Contract } from "#shared/contracts/contract.ts";
import { terminateContract } from "../../api/contract-management.ts";
import { useContract } from "../../api/evaluation.ts";
import { BackLink, WarningText } from "../../components/govuk/journey.ts";
import { Button } from "../../components/govuk/index.ts";
import { type DateParts } from "../../components/govuk/fields.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormDateInput, FormRadios, FormTextarea } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { partsToIsoDate } from "../../forms/parse.ts";
import { useGovForm } from "../../forms/use-gov-form.ts";

interface Values {
  reason: string;
  detail: string;
  effectiveDate: DateParts;
  completeUntil: DateParts;
}

const reasons = [
  { value: "expiry", text: "Expiry" },
  { value: "breach", text: "Breach by the provider" },
  { value: "provider-request", text: "The provider asked to end it" },
  { value: "no-longer-needed", text: "The service is no longer needed" },
  { value: "other", text: "Another reason" },
];

function TerminateForm({ contract }: { contract: Contract }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useGovForm({
    schema: terminateContractSchema,
    defaultValues: { reason: "", detail: "", effectiveDate: {}, completeUntil: {} } as Values,
    toRequest: (v: Values) => ({
      reason: v.reason || undefined,
      detail: v.detail,
      effectiveDate: partsToIsoDate(v.effectiveDate) ?? "not a date",
      completeUntil: partsToIsoDate(v.completeUntil) ?? "not a date",
      termsVersion: contract.termsVersion ?? 1,
    }),
    fields: {
      reason: "#reason",
      detail: "#detail",
      effectiveDate: "#effectiveDate-day",
      completeUntil: "#completeUntil-day",
    },
  });
  const onSubmit = form.submit(async (body) => {
    await terminateContract(contract.id, body);
    await queryClient.invalidateQueries({ queryKey: ["contracts"] });
    navigate(`/contracts/${contract.id}`, { state: { flash: `Contract ${contract.reference} terminated` } });
  });
  return (
    <>
      <FormErrorSummary errors={form.errors} />
      <GovForm form={form} onSubmit={onSubmit}>
        <FormRadios name="reason" legend="Why is the contract ending?" legendSize="s" items={reasons} />
        <FormTextarea name="detail" label="Explain the decision" rows={4} />
        <FormDateInput
          name="effectiveDate"
          legend="From when?"
          hint="Its interventions leave the catalogue on this date. For example, 1 7 2027"
        />
        <FormDateInput
          name="completeUntil"
          legend="Referrals already sent may complete until"
          hint="On or after the termination date"
        />
        <WarningText>Both parties are told. A termination cannot be undone.</WarningText>
        <Button type="submit" variant="warning" disabled={form.busy}>
          Terminate the contract
        </Button>
      </GovForm>
    </>
  );
}

/** `/contracts/:contractId/terminate`: the commissioner ends a contract with a reason and a date. */
export function TerminateContractPage() {
  const { contractId = "" } = useParams();
  const contract = useContract(contractId);
  const state = settle(contract);
  usePageTitle(state.title ?? "Terminate the contract");
  if (!state.ready) return state.view;
  const [c] = state.data;
  return (
    <>
      <BackLink href={`/contracts/${c.id}`} />
      <PageHeading caption={`Contract ${c.reference}`}>Terminate the contract</PageHeading>
      <TerminateForm contract={c} />
    </>
  );
}
