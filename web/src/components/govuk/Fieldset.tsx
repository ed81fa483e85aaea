import type { ReactNode } from "react";

export type LegendSize = "s" | "m" | "l" | "xl";

/** A GOV.UK fieldset: groups related inputs under a legend (which can be the page's heading). */
export function Fieldset({
  legend,
  legendSize,
  isPageHeading = false,
  describedBy,
  role,
  children,
}: {
  legend: ReactNode;
  legendSize?: LegendSize;
  isPageHeading?: boolean;
  describedBy?: string | undefined;
  role?: "group";
  children: ReactNode;
}) {
  const legendClass = `govuk-fieldset__legend${legendSize ? ` govuk-fieldset__legend--${legendSize}` : ""}`;
  return (
    <fieldset className="govuk-fieldset" aria-describedby={describedBy} role={role}>
      <legend className={legendClass}>
        {isPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
      </legend>
      {children}
    </fieldset>
  );
}
