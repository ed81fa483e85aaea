import type { ReactNode } from "react";
import { ScrollableTable } from "./ScrollableTable.tsx";

export interface TableColumn<K extends string> {
  key: K;
  header: string;
  numeric?: boolean;
  /** The list is sorted by this column (announced through `aria-sort`). */
  sort?: "ascending" | "descending" | undefined;
}

export interface TableRow<K extends string> {
  id: string;
  cells: Record<K, ReactNode>;
}

/**
 * A GOV.UK table. The first column's cells are row headers (`<th scope="row">`) when
 * `firstCellIsHeader` is set, as the design system recommends when the first column names the row.
 * It sits in a scrollable region named by its caption, so a wide table never widens the page.
 */
export function Table<K extends string>({
  caption,
  captionSize = "m",
  columns,
  rows,
  firstCellIsHeader = false,
}: {
  caption: string;
  captionSize?: "s" | "m" | "l" | "xl";
  columns: TableColumn<K>[];
  rows: TableRow<K>[];
  firstCellIsHeader?: boolean;
}) {
  const firstKey = columns[0]?.key;
  return (
    <ScrollableTable label={caption}>
      <table className="govuk-table">
        <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                {...(column.sort ? { "aria-sort": column.sort } : {})}
                className={`govuk-table__header${column.numeric ? " govuk-table__header--numeric" : ""}`}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr key={row.id} className="govuk-table__row">
              {columns.map((column) =>
                firstCellIsHeader && column.key === firstKey ? (
                  <th key={column.key} scope="row" className="govuk-table__header">
                    {row.cells[column.key]}
                  </th>
                ) : (
                  <td
                    key={column.key}
                    className={`govuk-table__cell${column.numeric ? " govuk-table__cell--numeric" : ""}`}
                  >
                    {row.cells[column.key]}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
