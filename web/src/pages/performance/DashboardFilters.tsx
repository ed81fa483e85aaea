import "../../styles/charts.scss";
import { type FormEvent, type ReactNode, useState } from "react";
import { useSearchParams } from "react-router";
import type { Dashboard } from "#shared/performance/dashboard.ts";
import { monthLabel } from "#shared/performance/tables.ts";
import { londonDate } from "#shared/time/index.ts";
import { dashboardFilterNames } from "../../api/performance.ts";
import { Button, Details } from "../../components/govuk/index.ts";
import { Select, TextInput } from "../../components/govuk/fields.ts";
import { SubNavigation } from "../referrals/ReferralList.tsx";
import { quickPeriods } from "./dashboard.presenter.ts";

type FilterName = (typeof dashboardFilterNames)[number];

/**
 * The filter form, folded in a GOV.UK details so the figures lead: selects in a row of quarter-width
 * columns and month inputs, whose values live in the URL.
 */
export function Filters({
  dashboard,
  params,
  open,
}: {
  dashboard: Dashboard | undefined;
  params: URLSearchParams;
  /** Open when the error summary links to its fields. */
  open: boolean;
}) {
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
  const column = (child: ReactNode) => <div className="govuk-grid-column-one-quarter">{child}</div>;
  return (
    <Details summary="Filter by region, provider, need area, contract or months" open={open}>
      <form
        className="app-filters"
        method="get"
        action="/performance"
        noValidate
        onSubmit={onSubmit}
        aria-label="Filter the figures"
      >
        <div className="govuk-grid-row">
          {column(
            <Select
              id="regionId"
              label="Region"
              value={values.regionId}
              onChange={set("regionId")}
              items={[any("All your regions"), ...choices(options?.regions, values.regionId)]}
            />,
          )}
          {column(
            <Select
              id="organisationId"
              label="Provider"
              value={values.organisationId}
              onChange={set("organisationId")}
              items={[any("All providers"), ...choices(options?.providers, values.organisationId)]}
            />,
          )}
          {column(
            <Select
              id="needAreaId"
              label="Need area"
              value={values.needAreaId}
              onChange={set("needAreaId")}
              items={[any("All need areas"), ...choices(options?.needAreas, values.needAreaId)]}
            />,
          )}
          {column(
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
            />,
          )}
        </div>
        <div className="govuk-grid-row">
          {column(
            <TextInput
              id="from"
              label="From month"
              hint={`For example, ${dashboard?.applied.from ?? "2026-04"}`}
              value={values.from}
              onChange={set("from")}
              width="10"
            />,
          )}
          {column(
            <TextInput
              id="to"
              label="To month"
              hint={`For example, ${dashboard?.applied.to ?? "2026-04"}`}
              value={values.to}
              onChange={set("to")}
              width="10"
            />,
          )}
        </div>
        <Button type="submit">Apply filters</Button>
      </form>
    </Details>
  );
}

/** The period shown, with links to the periods most often wanted (the form above takes any other). */
export function Periods({ dashboard, params }: { dashboard: Dashboard; params: URLSearchParams }) {
  const thisMonth = londonDate(new Date()).slice(0, 7);
  return (
    <>
      <h2 className="govuk-heading-l govuk-!-margin-bottom-4">
        {monthLabel(dashboard.applied.from)} to {monthLabel(dashboard.applied.to)}
      </h2>
      <SubNavigation label="Period" items={quickPeriods(params, dashboard.applied, thisMonth)} />
    </>
  );
}
