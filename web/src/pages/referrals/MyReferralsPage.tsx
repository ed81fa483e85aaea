import { useSearchParams } from "react-router";
import { useReferralList } from "../../api/referrals.ts";
import { useReference } from "../../api/queries.ts";
import { ButtonLink } from "../../components/govuk/index.ts";
import { Loading } from "../../components/page/Loading.tsx";
import { countOf, LiveStatus } from "../../components/page/LiveStatus.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { myReferralsView, searchParamsFor } from "./ReferralList.presenter.ts";
import { ReferralTable, SearchForm, SubNavigation } from "./ReferralList.tsx";

const title = "Your referrals";

/** `/referrals`: the officer's referrals by status, or a search of their PDU's. */
export function MyReferralsPage() {
  const [params, setParams] = useSearchParams();
  const view = myReferralsView(params);
  const list = useReferralList("/api/referrals", view.query);
  const reference = useReference();
  const state = settle(reference);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  return (
    <>
      <PageHeading caption="Referrals">{title}</PageHeading>
      <ButtonLink href="/catalogue">Find an intervention</ButtonLink>
      <SearchForm
        key={view.q}
        initial={view.q}
        onSearch={(text) => setParams(searchParamsFor(text, { status: view.status }))}
      />
      <SubNavigation label="Referrals by status" items={view.tabs} />
      <LiveStatus>{list.data ? `${countOf(list.data.items.length, "referral")} shown` : ""}</LiveStatus>
      {list.isPending ? (
        <Loading what="referrals" />
      ) : list.isError ? (
        <p className="govuk-body">We could not load your referrals. Check your search and try again.</p>
      ) : (
        <ReferralTable
          caption={view.caption}
          items={list.data.items}
          reference={state.data[0]}
          hrefFor={(r) => `/referrals/${r.id}`}
          nextHref={view.nextHref(list.data.nextCursor)}
          who="officer"
        />
      )}
    </>
  );
}
