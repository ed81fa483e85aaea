import type { ReactNode } from "react";

export type TagColour =
  "grey" | "green" | "turquoise" | "teal" | "purple" | "magenta" | "pink" | "red" | "orange" | "yellow";

/** A GOV.UK tag: a short status label. Without a colour it is the default (blue) tag. */
export function Tag({
  colour,
  className,
  children,
}: {
  colour?: TagColour;
  className?: string;
  children: ReactNode;
}) {
  const classes = ["govuk-tag", colour ? `govuk-tag--${colour}` : "", className ?? ""]
    .filter(Boolean)
    .join(" ");
  return <strong className={classes}>{children}</strong>;
}
