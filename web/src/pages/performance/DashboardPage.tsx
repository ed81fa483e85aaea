import { type FormEvent, useState } from "react";
import { useSearchParams } from "react-router";
import type { Dashboard } from "#shared/performance/dashboard.ts";
import { monthLabel } from "#shared/performance/tables.ts";
import { ApiError } from "../../api/api-error.ts";
import { useMe } from "../../api/queries.ts";
import {
  dashboardFilterNames,
  dashboardFilters,
  downloadContractReport,
  useDashboard,
  useTargets,
} from "../../api/performance.ts";
import { AppLink, Button, ErrorSummary, InsetText, Select, TextInput } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { useFormErrors } from "../../forms/form-errors.ts";
import { Charts, Headlines, Measures } from "./DashboardFigures.tsx";

const title = "Performance";
type FilterName = (typeof dashboardFilterNames)[number];

/** The filter form: GOV.UK selects and month inputs whose values live in the URL. */
function Filters({ dashboard, params }: { dashboard: Dashboard | undefined; params: URLSearchParams }) {
  const [, setParams] = useSearchParams();
  const [values, setValues] = useState<Record<FilterName, string>>(
    () =>
      Object.fromEntries(dashboardFilterNames.map((n) => [n, params.get(n) ?? ""])) as Record<
        FilterName,
        string
      >,
  );
  const set = (name: FilterName) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const options = dashboard?.options;
  const any = (text: string) => ({ value: "", text });
  const choices = (list: { id: string; name: string }[] | undefined, chosen: string) => {
    const items = (list ?? []).map((o) => ({ value: o.id, text: o.name }));
    // Keep a value from the URL that the options do not list, so the form shows what was asked for.
    return chosen && !items.some((i) => i.value === chosen)
      ? [...items, { value: chosen, text: chosen }]
      : items;
  };
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setParams(
      Object.fromEntries(
        Object.entries(values)
          .filter(([, v]) => v.trim() !== "")
          .map(([k, v]) => [k, v.trim()]),
      ),
    );
  }
  return (
    <div className="moj-filter-layout__filter">
      <div className="moj-filter">
        <div className="moj-filter__header">
          <div className="moj-filter__header-title">
            <h2 className="govuk-heading-m">Filter</h2>
          </div>
        </div>
        <div className="moj-filter__content">
          <div className="moj-filter__options">
            <form
              method="get"
              action="/performance"
              noValidate
              onSubmit={onSubmit}
              aria-label="Filter the figures"
            >
              <Select
                id="regionId"
                label="Region"
                value={values.regionId}
                onChange={set("regionId")}
                items={[any("All your regions"), ...choices(options?.regions, values.regionId)]}
              />
              <Select
                id="organisationId"
                label="Provider"
                value={values.organisationId}
                onChange={set("organisationId")}
                items={[any("All providers"), ...choices(options?.providers, values.organisationId)]}
              />
              <Select
                id="needAreaId"
                label="Need area"
                value={values.needAreaId}
                onChange={set("needAreaId")}
                items={[any("All need areas"), ...choices(options?.needAreas, values.needAreaId)]}
              />
              <Select
                id="contractId"
                label="Contract"
                value={values.contractId}
                onChange={set("contractId")}
                items={[
                  any("All contracts"),
                  ...choices(
                    options?.contracts.map((c) => ({
                      id: c.id,
                      name: `${c.reference} (${c.organisationName})`,
                    })),
                    values.contractId,
                  ),
                ]}
              />
              <TextInput
                id="from"
                label="From month"
                hint={`For example, ${dashboard?.applied.from ?? "2026-04"}`}
                value={values.from}
                onChange={set("from")}
                width="10"
              />
              <TextInput
                id="to"
                label="To month"
                hint={`For example, ${dashboard?.applied.to ?? "2026-04"}`}
                value={values.to}
                onChange={set("to")}
                width="10"
              />
              <Button type="submit">Apply filters</Button>
            </form>
          </div>
        </div>
      </div>
    </div>
  );
}

const noFields = {};

/** A commissioner's monthly report on the chosen contract, as a CSV download. */
function ContractReport({ dashboard }: { dashboard: Dashboard }) {
  const contract = dashboard.options.contracts.find((c) => c.id === dashboard.applied.contractId);
  const [month, setMonth] = useState(dashboard.applied.to);
  const { errors, showError, clear } = useFormErrors(noFields);
  const [busy, setBusy] = useState(false);
  if (!contract) return null;
  const months = dashboard.months.map((m) => m.month).reverse();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    clear();
    setBusy(true);
    try {
      await downloadContractReport(contract.id, contract.reference, month);
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="report-heading">
      <h2 className="govuk-heading-m" id="report-heading">
        Monthly report for {contract.reference}
      </h2>
      <FormErrorSummary errors={errors} />
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <Select
          id="reportMonth"
          label="Month"
          hint="The report gives the month and the financial year to date, against the contract's targets."
          value={month}
          onChange={setMonth}
          items={months.map((m) => ({ value: m, text: monthLabel(m) }))}
        />
        <Button type="submit" variant="secondary" disabled={busy}>
          Download the monthly report (CSV)
        </Button>
      </form>
    </section>
  );
}

const isEmpty = (d: Dashboard) =>
  d.totals.received === 0 &&
  d.months.every((m) => m.completed + m.withdrawn + m.sessionsAttended + m.sessionsMissed === 0) &&
  d.outcomesByNeedArea.every((o) => o.achieved + o.partiallyAchieved + o.notAchieved === 0);

/** `/performance`: commissioners see the contracts in their regions; providers their own contracts. */
export function DashboardPage() {
  const [params] = useSearchParams();
  const filters = dashboardFilters(params);
  const me = useMe();
  const dashboard = useDashboard(filters);
  const targets = useTargets();
  const badFilters =
    dashboard.error instanceof ApiError && dashboard.error.status === 400 ? dashboard.error : undefined;
  const state = settle(me, targets, ...(badFilters ? [] : [dashboard]));
  usePageTitle(state.title ?? (badFilters ? `Error: ${title}` : title));
  if (!state.ready) return state.view;
  const [meData, targetsData] = state.data;
  const data = dashboard.data;
  const commissioner = meData.user.role === "commissioner";
  const filterLinks: Record<string, string> = Object.fromEntries(
    dashboardFilterNames.map((n) => [`query.${n}`, `#${n}`]),
  );
  return (
    <>
      <PageHeading caption={commissioner ? "Commissioning" : "Your contracts"}>{title}</PageHeading>
      {badFilters ? (
        <ErrorSummary
          errors={(badFilters.problem?.errors ?? []).map((e) => ({
            text: e.message,
            ...(filterLinks[e.path] ? { href: filterLinks[e.path] } : {}),
          }))}
          description={badFilters.detail}
        />
      ) : null}
      <p className="govuk-body">
        {commissioner
          ? "How the contracts in your regions are performing. The figures update as referrals progress."
          : "How your organisation's contracts are performing. The figures update as referrals progress."}{" "}
        <AppLink href="/performance/targets" className="govuk-link">
          {commissioner ? "View and set targets" : "View your targets"}
        </AppLink>
      </p>
      <div className="moj-filter-layout">
        <Filters key={params.toString()} dashboard={data} params={params} />
        <div className="moj-filter-layout__content">
          {!data ? null : data.options.contracts.length === 0 ? (
            <InsetText>There are no contracts to report on yet.</InsetText>
          ) : (
            <>
              <h2 className="govuk-heading-m">
                {monthLabel(data.applied.from)} to {monthLabel(data.applied.to)}
              </h2>
              <Headlines dashboard={data} />
              <Measures dashboard={data} targets={targetsData.targets} filters={filters} />
              {isEmpty(data) ? (
                <InsetText>
                  No referrals yet for these filters. Figures and charts appear as referrals arrive.
                </InsetText>
              ) : (
                <Charts dashboard={data} targets={targetsData.targets} filters={filters} />
              )}
              {commissioner && data.applied.contractId ? <ContractReport dashboard={data} /> : null}
            </>
          )}
        </div>
      </div>
    </>
  );
}
