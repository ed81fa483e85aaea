import type { ReactNode } from "react";
import { loadButton } from "./frame-script-loaders.ts";
import { useDeferredGovukComponent } from "./use-govuk-component.ts";

/** A GOV.UK button; `start` adds the arrow for a service's start button. */
export function Button({
  children,
  type = "button",
  variant,
  onClick,
  disabled,
  preventDoubleClick = false,
}: {
  children: ReactNode;
  type?: "button" | "submit";
  variant?: "secondary" | "warning" | "start";
  onClick?: () => void;
  disabled?: boolean;
  preventDoubleClick?: boolean;
}) {
  const ref = useDeferredGovukComponent<HTMLButtonElement>(loadButton);
  const classes = `govuk-button${variant ? ` govuk-button--${variant}` : ""}`;
  return (
    <button
      ref={ref}
      type={type}
      className={classes}
      data-module="govuk-button"
      onClick={onClick}
      disabled={disabled}
      aria-disabled={disabled ? "true" : undefined}
      {...(preventDoubleClick ? { "data-prevent-double-click": "true" } : {})}
    >
      {children}
      {variant === "start" ? (
        <svg
          className="govuk-button__start-icon"
          xmlns="http://www.w3.org/2000/svg"
          width="17.5"
          height="19"
          viewBox="0 0 33 40"
          aria-hidden="true"
          focusable="false"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      ) : null}
    </button>
  );
}
