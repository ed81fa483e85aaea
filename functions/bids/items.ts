import { defineItem } from "../platform/data/define-item.ts";
import { opportunityPartition } from "../platform/data/shared-items.ts";

/**
 * One bid per provider per opportunity, in the opportunity's partition: the key itself enforces it.
 * gsi1 lists an organisation's bids, most recently changed last.
 */
export const bidKind = defineItem({
  type: "bid",
  pk: (b: { opportunityId: string }) => opportunityPartition(b.opportunityId),
  sk: (b: { organisationId: string }) => `BID#${b.organisationId}`,
  skPrefix: "BID#",
  gsi1: {
    pk: (b: { organisationId: string }) => `ORG#${b.organisationId}#BIDS`,
    sk: (b: { updatedAt: string; opportunityId: string }) => `${b.updatedAt}#${b.opportunityId}`,
  },
});
