import type { OpportunityStatus } from "#shared/opportunities/opportunity.ts";
import { Tag } from "../../components/govuk/index.ts";
import { opportunityStatusTags } from "./labels.ts";

export function OpportunityTag({ status }: { status: OpportunityStatus }) {
  return <Tag colour={opportunityStatusTags[status].colour}>{opportunityStatusTags[status].text}</Tag>;
}
