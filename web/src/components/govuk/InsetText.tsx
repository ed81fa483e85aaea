import type { ReactNode } from "react";

/** GOV.UK inset text: a quotation, example or additional information set apart from the body. */
export function InsetText({ children }: { children: ReactNode }) {
  return <div className="govuk-inset-text">{children}</div>;
}
