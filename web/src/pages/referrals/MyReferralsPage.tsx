import { useSearchParams } from "react-router";
import { useReferralList } from "../../api/referrals.ts";
import { useReference } from "../../api/queries.ts";
import { Button, ButtonLink } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormRadios, FormSelect } from "../../forms/fields.tsx";
import { FilterForm, useFilterForm } from "../../forms/FilterForm.tsx";
import {
  type DashboardOptions,
  dashboardOptionParams,
  officerDashboardView,
} from "./OfficerDashboard.presenter.ts";
import { searchParamsFor } from "./ReferralList.presenter.ts";
import { ReferralResults, SearchForm, SubNavigation } from "./ReferralList.tsx";

const title = "Your referrals";

function DashboardOptionsForm({
  initial,
  onApply,
}: {
  initial: DashboardOptions;
  onApply: (options: DashboardOptions) => void;
}) {
  const form = useFilterForm(initial);
  return (
    <FilterForm form={form} onApply={onApply} aria-label="Whose referrals and their order">
      <FormRadios
        name="scope"
        legend="Show"
        legendSize="s"
        small
        items={[
          { value: "mine", text: "My referrals" },
          { value: "pdu", text: "My PDU’s referrals" },
        ]}
      />
      <FormSelect
        name="sort"
        label="Sort by"
        items={[
          { value: "newest", text: "Most recently changed first" },
          { value: "oldest", text: "Least recently changed first" },
        ]}
      />
      <Button type="submit" variant="secondary">
        Apply
      </Button>
    </FilterForm>
  );
}

/** `/referrals`: the officers' dashboard — tabs, mine or my PDU's, sort, pages — or a search of the PDU. */
export function MyReferralsPage() {
  const [params, setParams] = useSearchParams();
  const view = officerDashboardView(params);
  const list = useReferralList("/api/referrals", view.query);
  const reference = useReference();
  const state = settle(reference);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  return (
    <>
      <PageHeading caption="Referrals">{title}</PageHeading>
      <ButtonLink href="/catalogue">Find an intervention</ButtonLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <SearchForm
            key={view.q}
            initial={view.q}
            onSearch={(text) =>
              setParams(searchParamsFor(text, dashboardOptionParams(view.tab, view.options)))
            }
          />
          <DashboardOptionsForm
            key={`${view.scope}-${view.sort}`}
            initial={view.options}
            onApply={(options) => setParams(dashboardOptionParams(view.tab, options))}
          />
        </div>
        <div className="govuk-grid-column-two-thirds">
          <SubNavigation label="Referral tabs" items={view.tabs} />
          {view.hint ? <p className="govuk-hint">{view.hint}</p> : null}
          <ReferralResults
            list={list}
            failed="We could not load your referrals. Check your search and try again."
            caption={view.caption}
            reference={state.data[0]}
            hrefFor={(r) => `/referrals/${r.id}`}
            nextHref={view.nextHref}
            who="officer"
          />
        </div>
      </div>
    </>
  );
}
