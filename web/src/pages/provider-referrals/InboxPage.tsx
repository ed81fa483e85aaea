import { useSearchParams } from "react-router";
import { useReferralList } from "../../api/referrals.ts";
import { useReference } from "../../api/queries.ts";
import { Button } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormCheckboxes, FormSelect } from "../../forms/fields.tsx";
import { FilterForm, useFilterForm } from "../../forms/FilterForm.tsx";
import {
  type InboxOptions,
  inboxOptionsOf,
  inboxOptionParams,
  inboxView,
  searchParamsFor,
} from "../referrals/ReferralList.presenter.ts";
import { ReferralResults, SearchForm, SubNavigation } from "../referrals/ReferralList.tsx";

const title = "Referrals";

function ListOptions({
  initial,
  onApply,
}: {
  initial: InboxOptions;
  onApply: (options: InboxOptions) => void;
}) {
  const form = useFilterForm(initial);
  return (
    <FilterForm form={form} onApply={onApply} aria-label="Sort and filter referrals">
      <FormSelect
        name="sort"
        label="Sort by"
        items={[
          { value: "newest", text: "Newest first" },
          { value: "oldest", text: "Oldest first" },
        ]}
      />
      <FormCheckboxes
        name="overdue"
        legend="Filter"
        legendSize="s"
        small
        items={[{ value: "true", text: "Only referrals with an overdue service level" }]}
      />
      <FormCheckboxes
        name="approval"
        legend="Action plans"
        legendSize="s"
        small
        items={[
          {
            value: "true",
            text: "Only plans waiting for the officer’s approval",
            hint: "Approval is due within 5 working days. With the filter above: only late approvals.",
          },
        ]}
      />
      <Button type="submit" variant="secondary">
        Apply
      </Button>
    </FilterForm>
  );
}

/** `/provider/referrals`: the provider's inbox with tabs, search, sort, an overdue filter and pages. */
export function InboxPage() {
  const [params, setParams] = useSearchParams();
  const view = inboxView(params);
  const list = useReferralList("/api/referrals/inbox", view.query);
  const reference = useReference();
  const state = settle(reference);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  return (
    <>
      <PageHeading caption="Your organisation">{title}</PageHeading>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <SearchForm
            initial={view.q}
            onSearch={(text) => setParams(searchParamsFor(text, { tab: view.tab }))}
          />
          <ListOptions
            key={`${view.sort}-${String(view.overdue)}-${String(view.approval)}`}
            initial={inboxOptionsOf(view)}
            onApply={(options) => setParams(inboxOptionParams(view.tab, options))}
          />
        </div>
        <div className="govuk-grid-column-two-thirds">
          <SubNavigation label="Referral tabs" items={view.tabs} />
          <ReferralResults
            list={list}
            failed="We could not load the referrals. Check your search and try again."
            caption={view.caption}
            reference={state.data[0]}
            hrefFor={(r) => `/provider/referrals/${r.id}`}
            nextHref={view.nextHref}
            who="provider"
          />
        </div>
      </div>
    </>
  );
}
