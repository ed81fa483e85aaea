import type { ReactNode } from "react";
import { Tag } from "./Tag.tsx";

/** The GOV.UK phase banner, placed inside the page's `<header>` after the service navigation. */
export function PhaseBanner({ phase, children }: { phase: string; children: ReactNode }) {
  return (
    <div className="govuk-phase-banner govuk-width-container">
      <p className="govuk-phase-banner__content">
        <Tag className="govuk-phase-banner__content__tag">{phase}</Tag>
        <span className="govuk-phase-banner__text">{children}</span>
      </p>
    </div>
  );
}
