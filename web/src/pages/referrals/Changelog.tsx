import type { Referral } from "#shared/referrals/referral.ts";
import { useChanges } from "../../api/referrals.ts";
import { Table } from "../../components/govuk/index.ts";
import { Loading } from "../../components/page/Loading.tsx";
import { formatDateTime } from "../../format/format.ts";

/** The referral's changelog for both sides: what changed, from and to, who, when and why, newest first. */
export function Changelog({ referral }: { referral: Referral }) {
  const changes = useChanges(referral.id);
  if (changes.isPending) return <Loading />;
  if (changes.isError)
    return <p className="govuk-body">We could not load the changes. Reload the page to try again.</p>;
  const items = [...changes.data.items].reverse();
  if (items.length === 0)
    return <p className="govuk-body">Nothing has been changed since the referral was sent.</p>;
  return (
    <Table
      caption="Changes to the referral"
      captionSize="m"
      columns={[
        { key: "what", header: "What changed" },
        { key: "from", header: "From" },
        { key: "to", header: "To" },
        { key: "why", header: "Why" },
        { key: "who", header: "Who and when" },
      ]}
      firstCellIsHeader
      rows={items.map((c) => ({
        id: c.id,
        cells: {
          what: c.field,
          from: c.from,
          to: c.to,
          why: c.reason,
          who: `${c.by.name}, ${formatDateTime(c.at)}`,
        },
      }))}
    />
  );
}
