import "../../styles/journey.scss";
import { type ReactNode, useRef } from "react";
import { useFocusOnNavigation } from "../page/PageHeading.tsx";

/** The GOV.UK confirmation panel: the page's heading (focused after navigation) and what has just happened. */
export function Panel({ title, children }: { title: ReactNode; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useFocusOnNavigation(ref);
  return (
    <div className="govuk-panel govuk-panel--confirmation">
      <h1 ref={ref} tabIndex={-1} className="govuk-panel__title">
        {title}
      </h1>
      {children ? <div className="govuk-panel__body">{children}</div> : null}
    </div>
  );
}
