import { type FormEvent, useState } from "react";
import { useSearchParams } from "react-router";
import { noticeKindNames, noticeKinds } from "#shared/notices/notice.ts";
import { referenceData } from "#shared/reference/index.ts";
import { useRegister } from "../../api/notices.ts";
import { AppLink, Button, Table } from "../../components/govuk/index.ts";
import { NextPageLink } from "../../components/govuk/journey.ts";
import { Select, TextInput } from "../../components/govuk/fields.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDateTime } from "../../format/format.ts";

const title = "Public notices";
const filters = ["text", "kind", "needArea", "region", "from", "to"] as const;
type Filters = Record<(typeof filters)[number], string>;
const any = { value: "", text: "Any" };

/** `/notices`: the public register of published notices — search, filter and page, no sign-in. */
export function RegisterPage() {
  usePageTitle(title);
  const [params, setParams] = useSearchParams();
  const [form, setForm] = useState<Filters>(
    () => Object.fromEntries(filters.map((f) => [f, params.get(f) ?? ""])) as Filters,
  );
  const register = useRegister(params.toString());
  const state = settle(register);
  const set = (name: keyof Filters) => (value: string) => setForm((f) => ({ ...f, [name]: value }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setParams(new URLSearchParams(Object.entries(form).filter(([, v]) => v.trim() !== "")));
  };
  const next =
    state.ready && state.data[0].nextCursor
      ? (() => {
          const p = new URLSearchParams(params);
          p.set("cursor", state.data[0].nextCursor);
          return `/notices?${p.toString()}`;
        })()
      : undefined;
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="govuk-body">
        Notices the probation service publishes under the Procurement Act 2023, as pages and as open
        contracting data (OCDS). The whole feed is at{" "}
        <a className="govuk-link" href="/api/public/releases">
          /api/public/releases
        </a>
        .
      </p>
      <form onSubmit={onSubmit} className="govuk-!-margin-bottom-6" role="search">
        <TextInput id="text" label="Search" value={form.text} onChange={set("text")} width="two-thirds" />
        <Select
          id="kind"
          label="Kind of notice"
          items={[any, ...noticeKinds.map((k) => ({ value: k, text: noticeKindNames[k] }))]}
          value={form.kind}
          onChange={set("kind")}
        />
        <Select
          id="needArea"
          label="Need area"
          items={[any, ...referenceData.needAreas.map((n) => ({ value: n.id, text: n.name }))]}
          value={form.needArea}
          onChange={set("needArea")}
        />
        <Select
          id="region"
          label="Region"
          items={[any, ...referenceData.regions.map((r) => ({ value: r.id, text: r.name }))]}
          value={form.region}
          onChange={set("region")}
        />
        <TextInput
          id="from"
          label="Published from"
          hint="For example, 2026-11-01"
          value={form.from}
          onChange={set("from")}
          width="10"
        />
        <TextInput
          id="to"
          label="Published to"
          hint="For example, 2026-11-30"
          value={form.to}
          onChange={set("to")}
          width="10"
        />
        <Button type="submit">Search notices</Button>
      </form>
      {!state.ready ? (
        state.view
      ) : state.data[0].items.length === 0 ? (
        <p className="govuk-body">No published notices match.</p>
      ) : (
        <>
          <Table
            caption="Published notices, newest first"
            captionSize="m"
            columns={[
              { key: "notice", header: "Notice" },
              { key: "procurement", header: "Procurement" },
              { key: "published", header: "Published" },
            ]}
            rows={state.data[0].items.map((n) => ({
              id: n.id,
              cells: {
                notice: <AppLink href={`/notices/${n.id}`}>{n.kindName}</AppLink>,
                procurement: (
                  <AppLink href={`/procurements/${n.procurementId}`}>{n.procurementTitle}</AppLink>
                ),
                published: n.publishedAt ? formatDateTime(n.publishedAt) : "",
              },
            }))}
          />
          {next ? <NextPageLink href={next} /> : null}
        </>
      )}
    </>
  );
}
