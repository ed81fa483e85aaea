import { loadSkipLink } from "./frame-script-loaders.ts";
import { useDeferredGovukComponent } from "./use-govuk-component.ts";

/** The GOV.UK skip link; its target must already be on the page when it mounts. */
export function SkipLink({
  href = "#main-content",
  text = "Skip to main content",
}: {
  href?: string;
  text?: string;
}) {
  const ref = useDeferredGovukComponent<HTMLAnchorElement>(loadSkipLink);
  return (
    <a ref={ref} href={href} className="govuk-skip-link" data-module="govuk-skip-link">
      {text}
    </a>
  );
}
