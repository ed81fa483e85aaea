import { type StoredIssue, withOverdue } from "#shared/contracts/issue.ts";
import { now } from "../platform/clock.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { listOpenContractIssuesRoute } from "./issue-routes.ts";
import { contractIssueKind } from "./management-items.ts";

/** The home page shows at most this many open issues per region (or for a provider), newest first. */
const shown = 20;

/**
 * Open issues for the home page, each a Query on an index that holds only open issues: a provider's
 * own organisation's, a commissioner's regions'.
 */
export const handler = httpHandler(listOpenContractIssuesRoute, async ({ principal }) => {
  const partitions =
    principal.role === "provider"
      ? [
          {
            index: "gsi1" as const,
            partition: contractIssueKind.gsi1.pk({ organisationId: principal.organisationId ?? "" }),
          },
        ]
      : principal.regions.map((regionId) => ({
          index: "gsi2" as const,
          partition: contractIssueKind.gsi2.pk({ regionId }),
        }));
  const pages = await Promise.all(
    partitions.map((p) => queryPage<Record<string, unknown>>({ ...p, limit: shown, newestFirst: true })),
  );
  const at = now();
  return { items: pages.flatMap((p) => p.items.map((i) => withOverdue(withoutKeys<StoredIssue>(i), at))) };
});
