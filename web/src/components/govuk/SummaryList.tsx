import type { ReactNode } from "react";

export interface SummaryListRow {
  key: string;
  value: ReactNode;
}

/** A GOV.UK summary list: key–value pairs about one thing. */
export function SummaryList({ rows, noBorder = false }: { rows: SummaryListRow[]; noBorder?: boolean }) {
  return (
    <dl className={`govuk-summary-list${noBorder ? " govuk-summary-list--no-border" : ""}`}>
      {rows.map((row) => (
        <div key={row.key} className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
