import type { ReactNode } from "react";
import { AppLink } from "./app-link.tsx";

/** A link styled as a GOV.UK button, for actions that go to another page. */
export function ButtonLink({
  href,
  children,
  variant,
}: {
  href: string;
  children: ReactNode;
  variant?: "secondary" | "warning";
}) {
  return (
    <AppLink href={href} className={`govuk-button${variant ? ` govuk-button--${variant}` : ""}`}>
      {children}
    </AppLink>
  );
}
