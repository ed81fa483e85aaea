import type { ReactNode } from "react";

/**
 * The container a data table sits in so that, on a narrow screen or at high zoom, the table scrolls
 * sideways inside it and the page itself never does (WCAG 1.4.10 Reflow). It follows the MoJ/GOV.UK
 * pattern: a focusable, labelled region, so keyboard users can scroll it with the arrow keys and screen
 * reader users hear which table it holds.
 */
export function ScrollableTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // jsx-a11y cannot know the region scrolls: tabIndex is what lets keyboard users scroll it (WCAG 2.1.1).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="app-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
