import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import type { DraftableKind } from "#shared/notices/notice.ts";
import { draftNotice, noticeKeys, sendSummaries, useProcurementNotices } from "../../api/notices.ts";
import { AppLink, Button, InsetText, Table, Tag } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { FlashBanner } from "../../components/page/FlashBanner.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDateTime } from "../../format/format.ts";
import { ActionError } from "./action-error.tsx";

const title = "Notices";

/**
 * `/procurements/:procurementId/notices`: the notices of a competition (or of the dynamic market), the
 * ones the record says are due, and — before the award notice — sending the assessment summaries.
 */
export function ProcurementNoticesPage() {
  const { procurementId = "" } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const state = settle(useProcurementNotices(procurementId));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<string>();
  usePageTitle(state.title ?? (error ? `Error: ${title}` : title));
  if (!state.ready) return state.view;
  const [p] = state.data;
  const back = procurementId === "framework" ? "/framework/applications" : `/opportunities/${procurementId}`;
  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await fn();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const draft = (kind: DraftableKind) =>
    act(async () => {
      const notice = await draftNotice(procurementId, kind);
      await queryClient.invalidateQueries({ queryKey: noticeKeys.all });
      await navigate(`/notices/${notice.id}/review`);
    });
  const send = () =>
    act(async () => {
      const result = await sendSummaries(procurementId);
      setSent(`Assessment summaries sent to ${result.sent} of ${result.bidders} bidders`);
    });
  const awardDue =
    p.due.some((d) => d.kind === "contractAward") ||
    p.items.some((n) => n.kind === "contractAward" && n.status === "draft");
  return (
    <>
      <BackLink href={back} />
      <FlashBanner />
      <ActionError error={error} />
      <PageHeading>{title}</PageHeading>
      {sent ? <InsetText>{sent}.</InsetText> : null}
      {p.due.length ? (
        <>
          <h2 className="govuk-heading-m">Notices due</h2>
          {p.due.map((d) => (
            <div key={d.kind} className="govuk-!-margin-bottom-4">
              <p className="govuk-body">
                <strong>{d.kindName}</strong>: {d.reason}
              </p>
              <Button variant="secondary" disabled={busy} onClick={() => void draft(d.kind)}>
                {`Draft the ${d.kindName.toLowerCase()}`}
              </Button>
            </div>
          ))}
        </>
      ) : null}
      {awardDue ? (
        <>
          <h2 className="govuk-heading-m">Assessment summaries</h2>
          <p className="govuk-body">
            Every bidder must be sent its assessment summary before the contract award notice is published.
            The standstill period starts when the notice is published.
          </p>
          <Button variant="secondary" disabled={busy} onClick={() => void send()}>
            Send assessment summaries
          </Button>
        </>
      ) : null}
      {p.items.length ? (
        <Table
          caption="Drafted and published notices"
          captionSize="m"
          columns={[
            { key: "notice", header: "Notice" },
            { key: "status", header: "Status" },
            { key: "when", header: "Published" },
          ]}
          rows={p.items.map((n) => ({
            id: n.id,
            cells: {
              notice: (
                <AppLink href={`/notices/${n.id}/review`}>
                  {n.corrects ? `${n.kindName} (correction)` : n.kindName}
                </AppLink>
              ),
              status:
                n.status === "published" ? (
                  <Tag colour="green">Published</Tag>
                ) : (
                  <Tag colour="yellow">Draft</Tag>
                ),
              when: n.publishedAt ? formatDateTime(n.publishedAt) : "Not yet",
            },
          }))}
        />
      ) : (
        <p className="govuk-body">No notices have been drafted yet.</p>
      )}
    </>
  );
}
