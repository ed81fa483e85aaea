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
import { AppLink, Button, InsetText } from "../../components/govuk/index.ts";
import { ErrorSummary } from "../../components/govuk/index.ts";
import { Select } from "../../components/govuk/fields.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { useFormErrors } from "../../forms/form-errors.ts";
import { Charts, Headlines, Measures } from "./DashboardFigures.tsx";
import { Filters, Periods } from "./DashboardFilters.tsx";

const title = "Performance";

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
      {!data ? (
        <Filters key={params.toString()} dashboard={data} params={params} open={Boolean(badFilters)} />
      ) : data.options.contracts.length === 0 ? (
        <InsetText>There are no contracts to report on yet.</InsetText>
      ) : (
        <>
          <Periods dashboard={data} params={params} />
          <Filters key={params.toString()} dashboard={data} params={params} open={false} />
          <Measures dashboard={data} targets={targetsData.targets} filters={filters} />
          <Headlines dashboard={data} />
          {isEmpty(data) ? (
            <InsetText>
              No referrals in this period for these filters. Figures and charts appear as referrals arrive.
            </InsetText>
          ) : (
            <Charts dashboard={data} targets={targetsData.targets} filters={filters} />
          )}
          {commissioner && data.applied.contractId ? <ContractReport dashboard={data} /> : null}
        </>
      )}
    </>
  );
}
