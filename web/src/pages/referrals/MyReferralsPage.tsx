import { useSearchParams } from "react-router";
import { officerListSchema } from "#shared/referrals/referral.ts";
import { referralStatusLabels } from "#shared/referrals/status.ts";
import { useReferralList } from "../../api/referrals.ts";
import { useReference } from "../../api/queries.ts";
import { ButtonLink } from "../../components/govuk/index.ts";
import { Loading } from "../../components/page/Loading.tsx";
import { countOf, LiveStatus } from "../../components/page/LiveStatus.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { ReferralTable, SearchForm, SubNavigation } from "./ReferralList.tsx";

const title = "Your referrals";

/** `/referrals`: the officer's referrals by status, or a search of their PDU's. */
export function MyReferralsPage() {
  const [params, setParams] = useSearchParams();
  const status = officerListSchema.catch("sent").parse(params.get("status") ?? "sent");
  const q = params.get("q") ?? "";
  const query = new URLSearchParams({ limit: "20", ...(q ? { q } : { status }) });
  const cursor = params.get("cursor");
  if (cursor) query.set("cursor", cursor);
  const list = useReferralList("/api/referrals", query);
  const reference = useReference();
  const state = settle(reference);
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const next = new URLSearchParams(params);
  if (list.data?.nextCursor) next.set("cursor", list.data.nextCursor);
  return (
    <>
      <PageHeading caption="Referrals">{title}</PageHeading>
      <ButtonLink href="/catalogue">Find an intervention</ButtonLink>
      <SearchForm initial={q} onSearch={(text) => setParams(text ? { q: text } : { status })} />
      <SubNavigation
        label="Referrals by status"
        items={officerListSchema.options.map((s) => ({
          href: `/referrals?status=${s}`,
          text: referralStatusLabels[s],
          current: !q && s === status,
        }))}
      />
      <LiveStatus>{list.data ? `${countOf(list.data.items.length, "referral")} shown` : ""}</LiveStatus>
      {list.isPending ? (
        <Loading what="referrals" />
      ) : list.isError ? (
        <p className="govuk-body">We could not load your referrals. Check your search and try again.</p>
      ) : (
        <ReferralTable
          caption={q ? `Referrals in your PDU matching “${q}”` : `${referralStatusLabels[status]} referrals`}
          items={list.data.items}
          reference={state.data[0]}
          hrefFor={(r) => `/referrals/${r.id}`}
          nextHref={list.data.nextCursor ? `/referrals?${next.toString()}` : undefined}
          who="officer"
        />
      )}
    </>
  );
}
