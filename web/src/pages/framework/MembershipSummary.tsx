import type { Membership } from "#shared/framework/membership.ts";
import { SummaryList, Tag } from "../../components/govuk/index.ts";
import { membershipDetails, membershipTags } from "./membership.presenter.ts";

/** A supplier's membership of the dynamic market: its status as a tag, the reason given and since when. */
export function MembershipSummary({ membership }: { membership: Membership }) {
  const tag = membershipTags[membership.status];
  return (
    <SummaryList
      rows={[
        { key: "Status", value: <Tag colour={tag.colour}>{tag.text}</Tag> },
        ...membershipDetails(membership),
      ]}
    />
  );
}
