import { defineItem } from "../platform/data/define-item.ts";
import { opportunityPartition } from "../platform/data/shared-items.ts";

/** Sorts an opportunity without a submission deadline after every dated one. */
const noDeadline = "9999-12-31T23:59:59.999Z";

/** An opportunity's details, in its own partition. */
export const opportunityKind = defineItem({
  type: "opportunity",
  pk: (o: { id: string }) => opportunityPartition(o.id),
  sk: () => "DETAILS",
});

/**
 * One listing entry per region it covers (ADR 0004): gsi1 `OPPS#<region>#<state>` sorted by
 * submission deadline, so each region's list is a single Query.
 */
export const opportunityListingKind = defineItem({
  type: "opportunity-listing",
  pk: (o: { id: string }) => opportunityPartition(o.id),
  sk: (o: { regionId: string }) => `REGION#${o.regionId}`,
  gsi1: {
    pk: (o: { regionId: string; state: string }) => `OPPS#${o.regionId}#${o.state}`,
    sk: (o: { submissionDeadline?: string | undefined; id: string }) =>
      `${o.submissionDeadline ?? noDeadline}#${o.id}`,
  },
});
