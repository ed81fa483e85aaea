import { useSearchParams } from "react-router";
import { inboxTabLabels, inboxTabSchema } from "#shared/referrals/referral.ts";
import { useReferralList } from "../../api/referrals.ts";
import { useReference } from "../../api/queries.ts";
import { Button, Checkboxes, Select } from "../../components/govuk/index.ts";
import { Loading } from "../../components/page/Loading.tsx";
import { countOf, LiveStatus } from "../../components/page/LiveStatus.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { ReferralTable, SearchForm, SubNavigation } from "../referrals/ReferralList.tsx";
import { type FormEvent, useState } from "react";

const title = "Referrals";

function ListOptions({
  sort,
  overdue,
  onApply,
}: {
  sort: string;
  overdue: boolean;
  onApply: (sort: string, overdue: boolean) => void;
}) {
  const [s, setS] = useState(sort);
  const [o, setO] = useState(overdue);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(s, o);
  };
  return (
    <form noValidate onSubmit={onSubmit} aria-label="Sort and filter referrals">
      <Select
        id="sort"
        label="Sort by"
        value={s}
        onChange={setS}
        items={[
          { value: "newest", text: "Newest first" },
          { value: "oldest", text: "Oldest first" },
        ]}
      />
      <Checkboxes
        name="overdue"
        legend="Filter"
        legendSize="s"
        small
        items={[{ value: "true", text: "Only referrals with an overdue service level" }]}
        values={o ? ["true"] : []}
        onChange={(v) => setO(v.length > 0)}
      />
      <Button type="submit" variant="secondary">
        Apply
      </Button>
    </form>
  );
}

/** `/provider/referrals`: the provider's inbox with tabs, search, sort, an overdue filter and pages. */
export function InboxPage() {
  const [params, setParams] = useSearchParams();
  const tab = inboxTabSchema.catch("unassigned").parse(params.get("tab") ?? "unassigned");
  const q = params.get("q") ?? "";
  const sort = params.get("sort") === "oldest" ? "oldest" : "newest";
  const overdue = params.get("overdue") === "true";
  const query = new URLSearchParams({
    limit: "20",
    tab,
    sort,
    ...(overdue ? { overdue: "true" } : {}),
    ...(q ? { q } : {}),
  });
  const cursor = params.get("cursor");
  if (cursor) query.set("cursor", cursor);
  const list = useReferralList("/api/referrals/inbox", query);
  const reference = useReference();
  const state = settle(reference);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const base = (extra: Record<string, string>) =>
    new URLSearchParams({ tab, sort, ...(overdue ? { overdue: "true" } : {}), ...extra }).toString();
  return (
    <>
      <PageHeading caption="Your organisation">{title}</PageHeading>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <SearchForm initial={q} onSearch={(text) => setParams(text ? { q: text } : { tab })} />
          <ListOptions
            key={`${sort}-${String(overdue)}`}
            sort={sort}
            overdue={overdue}
            onApply={(s, o) => setParams({ tab, sort: s, ...(o ? { overdue: "true" } : {}) })}
          />
        </div>
        <div className="govuk-grid-column-two-thirds">
          <SubNavigation
            label="Referral tabs"
            items={inboxTabSchema.options.map((t) => ({
              href: `/provider/referrals?${new URLSearchParams({ tab: t, sort, ...(overdue ? { overdue: "true" } : {}) }).toString()}`,
              text: inboxTabLabels[t],
              current: !q && t === tab,
            }))}
          />
          <LiveStatus>{list.data ? `${countOf(list.data.items.length, "referral")} shown` : ""}</LiveStatus>
          {list.isPending ? (
            <Loading what="referrals" />
          ) : list.isError ? (
            <p className="govuk-body">We could not load the referrals. Check your search and try again.</p>
          ) : (
            <ReferralTable
              caption={
                q ? `Referrals matching “${q}”` : `${inboxTabLabels[tab]}${overdue ? " (overdue only)" : ""}`
              }
              items={list.data.items}
              reference={state.data[0]}
              hrefFor={(r) => `/provider/referrals/${r.id}`}
              nextHref={
                list.data.nextCursor
                  ? `/provider/referrals?${base({ cursor: list.data.nextCursor, ...(q ? { q } : {}) })}`
                  : undefined
              }
              who="provider"
            />
          )}
        </div>
      </div>
    </>
  );
}
