/** What a page shows while its data is on the way; announced politely to screen reader users. */
export function Loading({ what, text }: { what?: string; text?: string }) {
  return (
    <p className="govuk-body" role="status">
      {text ?? (what ? `Loading ${what}…` : "Loading…")}
    </p>
  );
}
