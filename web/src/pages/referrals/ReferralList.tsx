import "../../styles/journey.scss";
import type { ReferralSummary } from "#shared/referrals/referral.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { AppLink, Button, Table, Tag } from "../../components/govuk/index.ts";
import { NextPageLink } from "../../components/govuk/journey.ts";
import { FormTextInput } from "../../forms/fields.tsx";
import { FilterForm, useFilterForm } from "../../forms/FilterForm.tsx";
import { formatDateTime } from "../../format/format.ts";
import { Loading } from "../../components/page/Loading.tsx";
import { countOf, LiveStatus } from "../../components/page/LiveStatus.tsx";
import { statusTags } from "./labels.ts";

/** MoJ sub navigation: the tabs of a list, each a link. */
export function SubNavigation({
  label,
  items,
}: {
  label: string;
  items: { href: string; text: string; current: boolean }[];
}) {
  return (
    <nav className="moj-sub-navigation" aria-label={label}>
      <ul className="moj-sub-navigation__list">
        {items.map((item) => (
          <li key={item.href} className="moj-sub-navigation__item">
            <AppLink
              href={item.href}
              className="moj-sub-navigation__link"
              {...(item.current ? { "aria-current": "page" as const } : {})}
            >
              {item.text}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A search box for names, CRNs and references; the search is the URL's `q`. */
export function SearchForm({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const form = useFilterForm({ q: initial });
  return (
    <FilterForm
      form={form}
      onApply={({ q }) => onSearch(q.trim())}
      role="search"
      aria-label="Search referrals"
    >
      <FormTextInput
        name="q"
        label="Search by name, CRN or reference"
        labelClassName="govuk-label--s"
        width="20"
      />
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </FilterForm>
  );
}

/** Referrals as a table, each linking to its page, with overdue, plan approval and concern flags. */
export function ReferralTable({
  caption,
  items,
  reference,
  hrefFor,
  nextHref,
  who,
}: {
  caption: string;
  items: ReferralSummary[];
  reference: ReferenceData;
  hrefFor: (r: ReferralSummary) => string;
  nextHref: string | undefined;
  who: "provider" | "officer";
}) {
  if (items.length === 0) return <p className="govuk-body">There are no referrals here.</p>;
  return (
    <>
      <Table
        caption={caption}
        captionSize="m"
        firstCellIsHeader
        columns={[
          { key: "person", header: "Person" },
          { key: "reference", header: "Reference" },
          { key: "service", header: who === "provider" ? "Service" : "Provider" },
          { key: "people", header: who === "provider" ? "Caseworker" : "Officer" },
          { key: "sent", header: "Sent" },
          { key: "status", header: "Status" },
        ]}
        rows={items.map((r) => {
          const tag = statusTags[r.status];
          return {
            id: r.id,
            cells: {
              person: (
                <>
                  <AppLink href={hrefFor(r)} className="govuk-link">
                    {r.personName}
                  </AppLink>
                  {r.crn ? <span className="govuk-hint govuk-!-margin-bottom-0"> {r.crn}</span> : null}
                </>
              ),
              reference: r.reference ?? "–",
              service:
                who === "provider"
                  ? `${reference.needAreas.find((n) => n.id === r.needAreaId)?.name ?? r.needAreaId} (${r.tierId})`
                  : r.organisationName,
              people: who === "provider" ? (r.caseworkerName ?? "Unassigned") : r.officerName,
              sent: r.sentAt ? formatDateTime(r.sentAt) : `Started ${formatDateTime(r.createdAt)}`,
              status: (
                <>
                  <Tag {...(tag.colour ? { colour: tag.colour } : {})}>{tag.text}</Tag>
                  {r.overdue ? (
                    <>
                      {" "}
                      <Tag colour="red">Overdue</Tag>
                    </>
                  ) : null}
                  {r.approvalOverdue ? (
                    <>
                      {" "}
                      <Tag colour="red">Approval overdue</Tag>
                    </>
                  ) : r.approvalDueAt ? (
                    <span className="govuk-hint govuk-!-margin-bottom-0">
                      {" "}
                      Plan approval due {formatDateTime(r.approvalDueAt)}
                    </span>
                  ) : null}
                  {who !== "provider" && r.unseenConcerns ? (
                    <>
                      {" "}
                      <Tag colour="red">New concern</Tag>
                    </>
                  ) : r.concernCount ? (
                    <>
                      {" "}
                      <Tag colour="orange">Concern</Tag>
                    </>
                  ) : null}
                  {r.restricted ? (
                    <>
                      {" "}
                      <Tag colour="purple">Restricted</Tag>
                    </>
                  ) : null}
                </>
              ),
            },
          };
        })}
      />
      {nextHref ? <NextPageLink href={nextHref} /> : null}
    </>
  );
}

/** A list query's outcome: announced, then loading, a message for a person, or the table and next page. */
export function ReferralResults({
  list,
  failed,
  nextHref,
  ...table
}: {
  list: { isPending: boolean; isError: boolean; data?: { items: ReferralSummary[]; nextCursor?: string } };
  failed: string;
  nextHref: (nextCursor: string | undefined) => string | undefined;
} & Omit<Parameters<typeof ReferralTable>[0], "items" | "nextHref">) {
  return (
    <>
      <LiveStatus>{list.data ? `${countOf(list.data.items.length, "referral")} shown` : ""}</LiveStatus>
      {list.isPending ? (
        <Loading what="referrals" />
      ) : list.isError || !list.data ? (
        <p className="govuk-body">{failed}</p>
      ) : (
        <ReferralTable {...table} items={list.data.items} nextHref={nextHref(list.data.nextCursor)} />
      )}
    </>
  );
}
