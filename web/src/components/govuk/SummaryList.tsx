import type { ReactNode } from "react";
import { AppLink } from "./app-link.tsx";

export interface SummaryListAction {
  href: string;
  text: string;
  /** Says what the action is about to screen reader users, e.g. "organisation name". */
  visuallyHiddenText: string;
}

export interface SummaryListRow {
  key: string;
  value: ReactNode;
  action?: SummaryListAction;
}

function ActionLink({ action }: { action: SummaryListAction }) {
  return (
    <AppLink href={action.href} className="govuk-link">
      {action.text}
      <span className="govuk-visually-hidden"> {action.visuallyHiddenText}</span>
    </AppLink>
  );
}

/** A GOV.UK summary list: key–value pairs about one thing, each optionally with a "Change" link. */
export function SummaryList({ rows, noBorder = false }: { rows: SummaryListRow[]; noBorder?: boolean }) {
  const anyActions = rows.some((row) => row.action);
  return (
    <dl className={`govuk-summary-list${noBorder ? " govuk-summary-list--no-border" : ""}`}>
      {rows.map((row) => (
        <div
          key={row.key}
          className={`govuk-summary-list__row${anyActions && !row.action ? " govuk-summary-list__row--no-actions" : ""}`}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action ? (
            <dd className="govuk-summary-list__actions">
              <ActionLink action={row.action} />
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

/** A GOV.UK summary card: a titled summary list, for one of several things on a page. */
export function SummaryCard({
  title,
  headingLevel = 2,
  action,
  rows,
}: {
  title: ReactNode;
  headingLevel?: 2 | 3;
  action?: SummaryListAction;
  rows: SummaryListRow[];
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <Heading className="govuk-summary-card__title">{title}</Heading>
        {action ? (
          <ul className="govuk-summary-card__actions">
            <li className="govuk-summary-card__action">
              <ActionLink action={action} />
            </li>
          </ul>
        ) : null}
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList rows={rows} />
      </div>
    </div>
  );
}
