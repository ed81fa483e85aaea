import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { raiseIssueSchema } from "#shared/contracts/issue.ts";
import type { Contract } from "#shared/contracts/contract.ts";
import { raiseIssue } from "../../api/contract-management.ts";
import { useContract } from "../../api/evaluation.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { Button } from "../../components/govuk/index.ts";
import { type DateParts } from "../../components/govuk/fields.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormDateInput, FormRadios, FormTextarea, FormTextInput } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { parsePoundsToPence, partsToIsoDate } from "../../forms/parse.ts";
import { useGovForm } from "../../forms/use-gov-form.ts";

interface Values {
  title: string;
  firstRaisedOn: DateParts;
  description: string;
  implications: string;
  severity: string;
  urgency: string;
  currentCost: string;
  potentialCost: string;
  workUnderWay: string;
}
const levels = [
  { value: "low", text: "Low" },
  { value: "medium", text: "Medium" },
  { value: "high", text: "High" },
];
const pence = (text: string) => {
  const p = parsePoundsToPence(text);
  return Number.isNaN(p) ? text : p;
};

function RaiseForm({ contract, changeId }: { contract: Contract; changeId: string | null }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useGovForm({
    schema: raiseIssueSchema,
    defaultValues: {
      title: "",
      firstRaisedOn: {},
      description: "",
      implications: "",
      severity: "",
      urgency: "",
      currentCost: "",
      potentialCost: "",
      workUnderWay: "",
    } as Values,
    toRequest: (v: Values) => ({
      title: v.title,
      firstRaisedOn: partsToIsoDate(v.firstRaisedOn) ?? "not a date",
      description: v.description,
      implications: v.implications,
      severity: v.severity || undefined,
      urgency: v.urgency || undefined,
      currentCostPence: pence(v.currentCost),
      potentialCostPence: pence(v.potentialCost),
      workUnderWay: v.workUnderWay,
      ...(changeId ? { changeId } : {}),
    }),
    fields: {
      title: "#title",
      firstRaisedOn: "#firstRaisedOn-day",
      description: "#description",
      implications: "#implications",
      severity: "#severity",
      urgency: "#urgency",
      currentCostPence: "#currentCost",
      potentialCostPence: "#potentialCost",
      workUnderWay: "#workUnderWay",
      changeId: "#title",
    },
  });
  const onSubmit = form.submit(async (body) => {
    const issue = await raiseIssue(contract.id, body);
    await queryClient.invalidateQueries({ queryKey: ["contracts", contract.id] });
    await queryClient.invalidateQueries({ queryKey: ["contract-issues"] });
    navigate(`/contracts/${contract.id}/issues`, { state: { flash: `Issue ${issue.number} raised` } });
  });
  return (
    <>
      <FormErrorSummary errors={form.errors} />
      <GovForm form={form} onSubmit={onSubmit}>
        <FormTextInput name="title" label="Title" />
        <FormDateInput
          name="firstRaisedOn"
          legend="When was the issue first raised?"
          hint="For example, 27 3 2027"
        />
        <FormTextarea
          name="description"
          label="Description, with the evidence and any history of similar problems"
          rows={5}
        />
        <FormTextarea name="implications" label="Implications" rows={3} />
        <FormRadios name="severity" legend="Severity" legendSize="s" inline items={levels} />
        <FormRadios name="urgency" legend="Urgency" legendSize="s" inline items={levels} />
        <FormTextInput
          name="currentCost"
          errorPath="currentCostPence"
          label="Estimated current cost, in pounds"
          prefix="£"
          width="10"
        />
        <FormTextInput
          name="potentialCost"
          errorPath="potentialCostPence"
          label="Estimated potential cost, in pounds"
          prefix="£"
          width="10"
        />
        <FormTextarea name="workUnderWay" label="Work under way to resolve it" rows={3} />
        <Button type="submit" disabled={form.busy}>
          Raise the issue
        </Button>
      </GovForm>
    </>
  );
}

/** `/contracts/:contractId/issues/new`: an issue report (seed 003 §7.4), perhaps about a change. */
export function RaiseIssuePage() {
  const { contractId = "" } = useParams();
  const [search] = useSearchParams();
  const contract = useContract(contractId);
  const state = settle(contract);
  usePageTitle(state.title ?? "Raise an issue");
  if (!state.ready) return state.view;
  const [c] = state.data;
  return (
    <>
      <BackLink href={`/contracts/${c.id}/issues`} />
      <PageHeading caption={`Contract ${c.reference}`}>Raise an issue</PageHeading>
      <p className="govuk-body">
        Share the report with the other party within 10 working days of raising it.
      </p>
      <RaiseForm contract={c} changeId={search.get("change")} />
    </>
  );
}
