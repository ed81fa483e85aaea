import type { ReactNode } from "react";

/**
 * A polite live region (`role="status"`, as GOV.UK uses for results counts and progress) that stays in
 * the page while its text changes, so screen readers announce each change: "Loading referrals…", then
 * how many were found. A region inserted together with its text is often not announced, hence a
 * persistent one. Hidden from sight unless `visible` (when the page shows the same words anyway).
 */
export function LiveStatus({ children, visible = false }: { children: ReactNode; visible?: boolean }) {
  return (
    <p role="status" className={visible ? "govuk-body" : "govuk-visually-hidden"}>
      {children}
    </p>
  );
}

/** "1 referral" / "3 referrals": the count a results status announces. */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
