import { useMemo } from "react";
import { useNavigate } from "react-router";
import { versionOnlySchema } from "#shared/opportunities/opportunity.ts";
import { formatDeadline } from "#shared/time/format-deadline.ts";
import { createContracts, useContracts } from "../../api/evaluation.ts";
import { AppLink, Button, InsetText, SummaryList } from "../../components/govuk/index.ts";
import { formatDateTime } from "../../format/format.ts";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { evaluationHubView } from "./evaluation-hub.presenter.ts";
import { type EvaluationPageData, evaluationPath, useRefreshEvaluation } from "./with-evaluation.tsx";

const noFields: readonly string[] = [];

/** The contracts created from the award. */
function Contracts({ opportunityId }: { opportunityId: string }) {
  const contracts = useContracts({ opportunityId });
  if (!contracts.data) return null;
  return (
    <ul className="govuk-list">
      {contracts.data.items.map((c) => (
        <li key={c.id}>
          <AppLink href={`/contracts/${c.id}`} className="govuk-link">
            {c.reference}: {c.organisationName}
          </AppLink>
        </li>
      ))}
    </ul>
  );
}

/** The decision once made: who was awarded and why, standstill, and the contracts. */
export function OutcomeSummary({ opportunity, evaluation }: EvaluationPageData) {
  const navigate = useNavigate();
  const refresh = useRefreshEvaluation();
  const view = evaluationHubView(opportunity, evaluation);
  const form = useGovForm({
    schema: versionOnlySchema,
    defaultValues: {},
    toRequest: useMemo(() => () => ({ version: evaluation.version }), [evaluation.version]),
    fields: noFields,
  });
  const awarded = evaluation.bids.filter((b) =>
    evaluation.awardedOrganisationIds?.includes(b.organisationId),
  );
  const onCreate = form.submit(async ({ version }) => {
    await createContracts(opportunity.id, version);
    await refresh();
    navigate(evaluationPath(opportunity.id), { state: { flash: "Contracts created" } });
  });
  return (
    <>
      <FormErrorSummary errors={form.errors} />
      <SummaryList
        rows={[
          ...(awarded.length
            ? [{ key: "Awarded to", value: awarded.map((b) => b.organisationName).join(", ") }]
            : []),
          ...(evaluation.decisionReason ? [{ key: "Reason", value: evaluation.decisionReason }] : []),
          ...(evaluation.decidedAt ? [{ key: "Decided", value: formatDateTime(evaluation.decidedAt) }] : []),
          ...(evaluation.standstillEndsAt
            ? [{ key: "Standstill ends", value: formatDateTime(evaluation.standstillEndsAt) }]
            : []),
          ...(evaluation.contractsCreatedAt
            ? [{ key: "Contracts created", value: formatDateTime(evaluation.contractsCreatedAt) }]
            : []),
        ]}
      />
      {view.createContracts === "offer" ? (
        <GovForm form={form} onSubmit={onCreate}>
          <Button type="submit" disabled={form.busy}>
            Create contracts
          </Button>
        </GovForm>
      ) : null}
      {view.createContracts === "wait" ? (
        <InsetText>
          During standstill each bidder can see its own scores and feedback and the winning total.
          {evaluation.standstillEndsAt
            ? ` You can create the contracts after ${formatDeadline(evaluation.standstillEndsAt)}.`
            : " The standstill period starts when the contract award notice is published: send every bidder its assessment summary, then publish the notice from the notices page."}
        </InsetText>
      ) : null}
      {view.contracts ? <Contracts opportunityId={opportunity.id} /> : null}
    </>
  );
}
