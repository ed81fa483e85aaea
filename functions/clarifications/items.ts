import { defineItem } from "../platform/data/define-item.ts";
import { opportunityPartition } from "../platform/data/shared-items.ts";

/** A clarification question, in the opportunity's partition in the order asked (ids are ULIDs). */
export const questionKind = defineItem({
  type: "clarification",
  pk: (q: { opportunityId: string }) => opportunityPartition(q.opportunityId),
  sk: (q: { id: string }) => `QUESTION#${q.id}`,
  skPrefix: "QUESTION#",
});
