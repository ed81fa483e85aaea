import { type ReactNode, type RefObject, useEffect, useRef } from "react";
import { useLocation } from "react-router";

// The navigation whose heading last took focus, so a heading that re-mounts (after data loads, or in
// React's development double effects) does not take it twice.
let focusedFor: string | undefined;

/** Moves focus to the page's heading after an in-app navigation (once per navigation). */
export function useFocusOnNavigation(ref: RefObject<HTMLElement | null>): void {
  const { key } = useLocation();
  useEffect(() => {
    if (key === "default" || focusedFor === key) return;
    focusedFor = key;
    ref.current?.focus({ preventScroll: false });
  }, [key, ref]);
}

/**
 * A page's one `<h1>`. After an in-app navigation it takes focus (as a full page load would put the
 * reader at the top of the new page), so screen reader users hear where they are. On the first page
 * load focus stays at the top of the document, where the skip link is.
 */
export function PageHeading({
  children,
  caption,
  size = "l",
}: {
  children: ReactNode;
  caption?: string;
  size?: "l" | "xl" | "m";
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useFocusOnNavigation(ref);
  return (
    <>
      {caption ? <span className={`govuk-caption-${size}`}>{caption}</span> : null}
      <h1 ref={ref} tabIndex={-1} className={`govuk-heading-${size}`}>
        {children}
      </h1>
    </>
  );
}
