import type { Notice } from "#shared/notices/notice.ts";
import { findNeedArea, findRegion } from "#shared/reference/index.ts";
import { AppLink, SummaryList } from "../../components/govuk/index.ts";
import { formatDateTime } from "../../format/format.ts";

/** A notice's facts (from the record) and its description, as its page shows them to anyone. */
export function NoticeFacts({ notice }: { notice: Notice }) {
  return (
    <>
      <SummaryList
        rows={[
          { key: "Notice", value: notice.kindName },
          {
            key: "Procurement",
            value: (
              <AppLink href={`/procurements/${notice.procurementId}`}>{notice.procurementTitle}</AppLink>
            ),
          },
          { key: "OCDS identifier (ocid)", value: notice.ocid },
          ...(notice.publishedAt ? [{ key: "Published", value: formatDateTime(notice.publishedAt) }] : []),
          ...(notice.corrects
            ? [
                {
                  key: "Corrects",
                  value: <AppLink href={`/notices/${notice.corrects}`}>the notice it replaces</AppLink>,
                },
              ]
            : []),
          ...(notice.needAreaId
            ? [{ key: "Need area", value: findNeedArea(notice.needAreaId)?.name ?? notice.needAreaId }]
            : []),
          ...(notice.regionIds.length
            ? [{ key: "Regions", value: notice.regionIds.map((r) => findRegion(r)?.name ?? r).join(", ") }]
            : []),
          ...notice.facts.map((f) => ({ key: f.label, value: f.value })),
        ]}
      />
      {notice.description ? <h2 className="govuk-heading-m">Description</h2> : null}
      {notice.description
        .split(/\n+/)
        .filter((line) => line.trim())
        .map((line, i) => (
          <p key={i} className="govuk-body">
            {line}
          </p>
        ))}
    </>
  );
}
