import type { ReactNode } from "react";
import { Link } from "react-router";

/** A link that stays in the single-page app for portal paths and is a plain link otherwise. */
export function AppLink({
  href,
  className,
  children,
  ...rest
}: {
  href: string;
  className?: string;
  children: ReactNode;
  "aria-current"?: "page" | "true";
  "aria-describedby"?: string;
  rel?: string;
}) {
  if (href.startsWith("/") && !href.startsWith("//")) {
    return (
      <Link to={href} className={className} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} className={className} {...rest}>
      {children}
    </a>
  );
}
