import "../../styles/journey.scss";
import { AppLink } from "./app-link.tsx";

/** The GOV.UK back link, placed before `<main>`'s content. */
export function BackLink({ href, children = "Back" }: { href: string; children?: string }) {
  return (
    <AppLink href={href} className="govuk-back-link">
      {children}
    </AppLink>
  );
}
