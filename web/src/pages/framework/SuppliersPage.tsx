import { useSearchParams } from "react-router";
import { useMe } from "../../api/queries.ts";
import { useSupplierMembership, useSuppliers } from "../../api/membership.ts";
import { AppLink, InsetText, Table, Tag } from "../../components/govuk/index.ts";
import { NextPageLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDateTime } from "../../format/format.ts";
import { MarketBanner } from "./MarketBanner.tsx";
import { NotFoundPage } from "../errors/NotFoundPage.tsx";
import { LapsedDocuments } from "./LapsedDocuments.tsx";
import { membershipTags } from "./membership.presenter.ts";
import { MembershipSummary } from "./MembershipSummary.tsx";
import { OwnDocuments } from "./OwnDocuments.tsx";

/** `/framework/suppliers`: the suppliers on the dynamic market, by name, for framework administrators. */
export function SuppliersPage() {
  const [params] = useSearchParams();
  const cursor = params.get("cursor") ?? undefined;
  const me = useMe();
  const suppliers = useSuppliers(cursor);
  const notAdmin = me.data !== undefined && !me.data.user.frameworkAdmin;
  const state = settle(me, suppliers);
  usePageTitle(notAdmin ? "Page not found" : (state.title ?? "Suppliers on the dynamic market"));
  if (notAdmin) return <NotFoundPage />;
  return (
    <>
      <MarketBanner />
      <PageHeading caption="Framework administration">Suppliers on the dynamic market</PageHeading>
      {!state.ready ? (
        state.view
      ) : state.data[1].items.length === 0 ? (
        <InsetText>No supplier has been admitted yet.</InsetText>
      ) : (
        <>
          <Table
            caption={cursor ? "Suppliers (continued)" : "Suppliers, by name"}
            captionSize="s"
            firstCellIsHeader
            columns={[
              { key: "supplier", header: "Supplier" },
              { key: "status", header: "Membership" },
              { key: "since", header: "Since" },
            ]}
            rows={state.data[1].items.map((supplier) => ({
              id: supplier.organisationId,
              cells: {
                supplier: (
                  <AppLink
                    href={`/framework/suppliers/${encodeURIComponent(supplier.organisationId)}/membership`}
                    className="govuk-link"
                  >
                    {supplier.organisationName}
                  </AppLink>
                ),
                status: (
                  <Tag colour={membershipTags[supplier.status].colour}>
                    {membershipTags[supplier.status].text}
                  </Tag>
                ),
                since: supplier.at ? formatDateTime(supplier.at) : "Admission",
              },
            }))}
          />
          {state.data[1].nextCursor ? (
            <NextPageLink
              href={`/framework/suppliers?${new URLSearchParams({ cursor: state.data[1].nextCursor }).toString()}`}
            />
          ) : null}
        </>
      )}
      <LapsedDocuments />
    </>
  );
}

/** `/framework/membership`: a provider reads its own organisation's membership, and why it changed. */
export function OwnMembershipPage() {
  const me = useMe();
  const organisationId = me.data?.organisation?.id ?? "";
  const membership = useSupplierMembership(organisationId);
  const state = settle(membership);
  usePageTitle(state.title ?? "Your membership of the dynamic market");
  if (!state.ready) return state.view;
  const [current] = state.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading caption={current.organisationName}>Your membership of the dynamic market</PageHeading>
        <MembershipSummary membership={current} />
        {current.status === "active" ? null : (
          <InsetText>
            While your organisation is {current.status}, it cannot bid or be awarded a contract. Referrals
            under your live contracts continue.
          </InsetText>
        )}
        {current.status === "removed" ? null : <OwnDocuments organisationId={current.organisationId} />}
      </div>
    </div>
  );
}
