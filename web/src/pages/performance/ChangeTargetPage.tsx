import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { useNavigate, useSearchParams } from "react-router";
import type { Dashboard } from "#shared/performance/dashboard.ts";
import { setTargetSchema, type Targets } from "#shared/performance/targets.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { useReference } from "../../api/queries.ts";
import { setTarget, useDashboard, useTargets } from "../../api/performance.ts";
import { Button, SummaryList } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormRadios, FormSelect, FormTextInput } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { targetMessages, targetRequest, targetValues } from "./target-form.ts";
import { measuresFor } from "./target-labels.ts";

const title = "Set a performance target";
const back = "/performance/targets";
const noFilters = new URLSearchParams();
const fields = {
  "scope.regionId": "#regionId",
  "scope.needAreaId": "#needAreaId",
  scope: "#regionId",
  measureId: "#measureId",
  percent: "#percent",
};

function TargetForm({
  dashboard,
  targets,
  reference,
  params,
}: {
  dashboard: Dashboard;
  targets: Targets;
  reference: ReferenceData;
  params: URLSearchParams;
}) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const contract = dashboard.options.contracts.find((c) => c.id === params.get("contractId"));
  const context = useMemo(() => ({ contract, targets }), [contract, targets]);
  const form = useGovForm({
    schema: setTargetSchema,
    defaultValues: targetValues(params, context),
    toRequest: useMemo(() => targetRequest(context), [context]),
    fields,
    messageFor: targetMessages,
  });
  const needAreaId = form.form.watch("needAreaId");
  const measures = needAreaId ? measuresFor(targets, needAreaId) : targets.defaults;
  const onSubmit = form.submit(async (request, values) => {
    await setTarget(request);
    await queryClient.invalidateQueries({ queryKey: ["performance"] });
    const measure =
      targets.defaults.find((d) => d.measureId === request.measureId)?.measure ?? request.measureId;
    const forWhat = contract
      ? contract.reference
      : `${reference.needAreas.find((n) => n.id === values.needAreaId)?.name ?? values.needAreaId} in ${
          reference.regions.find((r) => r.id === values.regionId)?.name ?? values.regionId
        }`;
    navigate(back, { state: { flash: `Target set: ${measure} – ${request.percent}% for ${forWhat}` } });
  });
  return (
    <>
      <FormErrorSummary errors={form.errors} />
      <PageHeading caption="Performance targets">{title}</PageHeading>
      <GovForm form={form} onSubmit={onSubmit}>
        {contract ? (
          <SummaryList
            rows={[
              { key: "Contract", value: contract.reference },
              { key: "Provider", value: contract.organisationName },
              {
                key: "Need area",
                value:
                  reference.needAreas.find((n) => n.id === contract.needAreaId)?.name ?? contract.needAreaId,
              },
            ]}
          />
        ) : (
          <>
            <FormSelect
              name="regionId"
              errorPath="scope.regionId"
              label="Region"
              items={[
                { value: "", text: "Choose a region" },
                ...dashboard.options.regions.map((r) => ({ value: r.id, text: r.name })),
              ]}
            />
            <FormSelect
              name="needAreaId"
              errorPath="scope.needAreaId"
              label="Need area"
              items={[
                { value: "", text: "Choose a need area" },
                ...reference.needAreas.map((n) => ({ value: n.id, text: n.name })),
              ]}
            />
          </>
        )}
        <FormRadios
          name="measureId"
          legend="Measure"
          legendSize="s"
          items={measures.map((m) => ({
            value: m.measureId,
            text: m.measure,
            hint: `Default ${m.percent}%`,
          }))}
        />
        <FormTextInput
          name="percent"
          label="Target"
          hint="A percentage from 0 to 100, to at most one decimal place"
          width="4"
          inputMode="decimal"
          suffix="%"
        />
        <Button type="submit" disabled={form.busy}>
          Save target
        </Button>
      </GovForm>
    </>
  );
}

/** `/performance/targets/change`: a commissioner sets a contract's or a need area's target. */
export function ChangeTargetPage() {
  const [params] = useSearchParams();
  const reference = useReference();
  const dashboard = useDashboard(noFilters);
  const targets = useTargets();
  const state = settle(reference, dashboard, targets);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const [referenceData, dashboardData, targetsData] = state.data;
  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <TargetForm
            key={params.toString()}
            dashboard={dashboardData}
            targets={targetsData}
            reference={referenceData}
            params={params}
          />
        </div>
      </div>
    </>
  );
}
