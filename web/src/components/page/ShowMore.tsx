import { Button } from "../govuk/index.ts";

/** The "Show more" button under a list read a page at a time (shown only while there is more). */
export function ShowMore({
  list,
  what,
}: {
  list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => Promise<unknown> };
  what: string;
}) {
  if (!list.hasNextPage) return null;
  return (
    <Button variant="secondary" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
      Show more {what}
    </Button>
  );
}
