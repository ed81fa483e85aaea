import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import type { Dashboard } from "#shared/performance/dashboard.ts";
import { resolveTarget, type TargetScope, type Targets } from "#shared/performance/targets.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { useReference } from "../../api/queries.ts";
import { setTarget, useDashboard, useTargets } from "../../api/performance.ts";
import { BackLink, Button, Radios, Select, SummaryList, TextInput } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { useFormErrors } from "../../forms/form-errors.ts";
import { useSubmit } from "../../forms/use-submit.ts";
import { measuresFor } from "./target-labels.ts";

const title = "Set a performance target";
const back = "/performance/targets";
const noFilters = new URLSearchParams();
const links = {
  "scope.regionId": "#regionId",
  "scope.needAreaId": "#needAreaId",
  scope: "#regionId",
  measureId: "#measureId",
  percent: "#percent",
};

/** A target typed by a person: a number from 0 to 100 with at most one decimal place. */
const parsePercent = (text: string): number | string => {
  const cleaned = text.replace(/[%\s]/g, "");
  if (cleaned === "") return "Enter the target as a percentage";
  if (!/^\d+(\.\d)?$/.test(cleaned)) return "Enter the target as a number from 0 to 100, for example 75";
  const value = Number(cleaned);
  return value > 100 ? "The target must be 100% or less" : value;
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
  const [regionId, setRegionId] = useState(params.get("regionId") ?? "");
  const [needAreaId, setNeedAreaId] = useState(contract?.needAreaId ?? params.get("needAreaId") ?? "");
  const [measureId, setMeasureId] = useState(params.get("measureId") ?? "");
  const scope: TargetScope | undefined = contract
    ? { contractId: contract.id }
    : regionId && needAreaId
      ? { regionId, needAreaId }
      : undefined;
  const current = measureId
    ? resolveTarget(
        measureId,
        contract
          ? { contractId: contract.id, needAreaId: contract.needAreaId, regionIds: contract.regionIds }
          : { needAreaId, regionIds: regionId ? [regionId] : [] },
        targets.targets,
      )
    : undefined;
  const [percent, setPercent] = useState(current ? String(current.percent) : "");
  const { errors, showFieldErrors, showError } = useFormErrors(links);
  const { busy, submit } = useSubmit(showError);
  const measures = needAreaId ? measuresFor(targets, needAreaId) : targets.defaults;
  const value = parsePercent(percent);
  const save = submit(async () => {
    if (!scope || typeof value === "string") return;
    // The version of the target being replaced: only a target set for exactly this scope counts.
    const own = current?.source === (contract ? "contract" : "need-area");
    await setTarget({ scope, measureId, percent: value, version: own ? (current?.target?.version ?? 0) : 0 });
    await queryClient.invalidateQueries({ queryKey: ["performance"] });
    const measure = targets.defaults.find((d) => d.measureId === measureId)?.measure ?? measureId;
    const forWhat = contract
      ? contract.reference
      : `${reference.needAreas.find((n) => n.id === needAreaId)?.name ?? needAreaId} in ${
          reference.regions.find((r) => r.id === regionId)?.name ?? regionId
        }`;
    navigate(back, { state: { flash: `Target set: ${measure} – ${value}% for ${forWhat}` } });
  });
  // Checks made here first, so a blank or mistyped answer gets its message without a round trip.
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems = [
      ...(contract || regionId ? [] : [{ path: "scope.regionId", message: "Choose a region" }]),
      ...(contract || needAreaId ? [] : [{ path: "scope.needAreaId", message: "Choose a need area" }]),
      ...(measureId ? [] : [{ path: "measureId", message: "Choose a measure" }]),
      ...(typeof value === "string" ? [{ path: "percent", message: value }] : []),
    ];
    if (problems.length) showFieldErrors(problems);
    else void save(event);
  };
  return (
    <>
      <FormErrorSummary errors={errors} />
      <PageHeading caption="Performance targets">{title}</PageHeading>
      <form noValidate onSubmit={onSubmit}>
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
            <Select
              id="regionId"
              label="Region"
              error={errors?.fields["scope.regionId"]}
              value={regionId}
              onChange={setRegionId}
              items={[
                { value: "", text: "Choose a region" },
                ...dashboard.options.regions.map((r) => ({ value: r.id, text: r.name })),
              ]}
            />
            <Select
              id="needAreaId"
              label="Need area"
              error={errors?.fields["scope.needAreaId"]}
              value={needAreaId}
              onChange={setNeedAreaId}
              items={[
                { value: "", text: "Choose a need area" },
                ...reference.needAreas.map((n) => ({ value: n.id, text: n.name })),
              ]}
            />
          </>
        )}
        <Radios
          name="measureId"
          legend="Measure"
          legendSize="s"
          error={errors?.fields.measureId}
          value={measureId}
          onChange={setMeasureId}
          items={measures.map((m) => ({
            value: m.measureId,
            text: m.measure,
            hint: `Default ${m.percent}%`,
          }))}
        />
        <TextInput
          id="percent"
          label="Target"
          hint="A percentage from 0 to 100, to at most one decimal place"
          error={errors?.fields.percent}
          value={percent}
          onChange={setPercent}
          width="4"
          inputMode="decimal"
          suffix="%"
        />
        <Button type="submit" disabled={busy}>
          Save target
        </Button>
      </form>
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
