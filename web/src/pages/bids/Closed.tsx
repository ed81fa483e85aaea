import { InsetText } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { bidPath } from "./bid-sections.ts";
import type { BidPageData } from "./with-bid.tsx";

/** What a section page shows once the deadline has passed. */
export function Closed({ opportunity }: BidPageData) {
  return (
    <>
      <BackLink href={bidPath(opportunity.id)} />
      <PageHeading caption={opportunity.title}>Your bid can no longer be changed</PageHeading>
      <InsetText>The deadline for bids has passed.</InsetText>
    </>
  );
}
