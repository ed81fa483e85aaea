import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "react-router";
import { proposeChangeSchema } from "#shared/contracts/change.ts";
import type { Contract } from "#shared/contracts/contract.ts";
import { managementKeys, proposeChange } from "../../api/contract-management.ts";
import { useContract } from "../../api/evaluation.ts";
import { useMe } from "../../api/queries.ts";
import { BackLink } from "../../components/govuk/journey.ts";
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
import { TermsFields, termsFieldLinks, termsRequest, type TermsValues, termsValues } from "./terms-form.tsx";

type Values = TermsValues & { kind: string; reason: string; businessCase: string; effectiveDate: DateParts };

function ProposeForm({ contract, commissioner }: { contract: Contract; commissioner: boolean }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useGovForm({
    schema: proposeChangeSchema,
    defaultValues: {
      ...termsValues(contract),
      kind: "discretionary",
      reason: "",
      businessCase: "",
      effectiveDate: {},
    } as Values,
    toRequest: (v: Values) => {
      const effective = partsToIsoDate(v.effectiveDate);
      return {
        kind: v.kind,
        terms: termsRequest(contract, v),
        reason: v.reason,
        ...(v.businessCase.trim() ? { businessCase: v.businessCase } : {}),
        ...(effective === undefined ? {} : { effectiveDate: effective ?? "not a date" }),
      };
    },
    fields: {
      kind: "#kind",
      ...termsFieldLinks(contract, "terms"),
      reason: "#reason",
      businessCase: "#businessCase",
      effectiveDate: "#effectiveDate-day",
    },
  });
  const back = `/contracts/${contract.id}/changes`;
  const onSubmit = form.submit(async (body) => {
    const change = await proposeChange(contract.id, body);
    await queryClient.invalidateQueries({ queryKey: ["contracts", contract.id] });
    await queryClient.invalidateQueries({ queryKey: managementKeys.changes(contract.id) });
    navigate(back, { state: { flash: `Notice of Change ${change.number} sent` } });
  });
  return (
    <>
      <FormErrorSummary errors={form.errors} />
      <GovForm form={form} onSubmit={onSubmit}>
        {commissioner ? (
          <FormRadios
            name="kind"
            legend="Kind of change"
            items={[
              {
                value: "discretionary",
                text: "Discretionary",
                hint: "The provider responds before you decide",
              },
              {
                value: "mandatory",
                text: "Mandatory",
                hint: "Required by law or policy: it takes effect on notification or on the date you give",
              },
            ]}
          />
        ) : null}
        <h2 className="govuk-heading-m">New terms</h2>
        <p className="govuk-body">Change only what should change; everything else stays as it is.</p>
        <TermsFields contract={contract} prefix="terms" />
        <FormTextarea name="reason" label="Why is the change needed?" rows={4} />
        <FormTextarea name="businessCase" label="Business case (optional)" rows={4} />
        <FormDateInput
          name="effectiveDate"
          legend="When should it take effect?"
          hint="For example, 1 6 2027. A mandatory change with no date takes effect today."
        />
        <Button type="submit" disabled={form.busy}>
          Send the Notice of Change
        </Button>
      </GovForm>
    </>
  );
}

/** `/contracts/:contractId/changes/new`: a Notice of Change (seed 003 §8), from either party. */
export function ProposeChangePage() {
  const { contractId = "" } = useParams();
  const contract = useContract(contractId);
  const me = useMe();
  const state = settle(contract, me);
  usePageTitle(state.title ?? "Propose a change");
  if (!state.ready) return state.view;
  const [c, who] = state.data;
  return (
    <>
      <BackLink href={`/contracts/${c.id}/changes`} />
      <PageHeading caption={`Contract ${c.reference}`}>Propose a change</PageHeading>
      <ProposeForm contract={c} commissioner={who.user.role === "commissioner"} />
    </>
  );
}
