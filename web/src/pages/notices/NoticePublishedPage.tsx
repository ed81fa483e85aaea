import { useParams } from "react-router";
import { useNotice } from "../../api/notices.ts";
import { AppLink } from "../../components/govuk/index.ts";
import { Panel } from "../../components/govuk/journey.ts";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDateTime } from "../../format/format.ts";

/** `/notices/:noticeId/published`: the confirmation that a notice is published. */
export function NoticePublishedPage() {
  const { noticeId = "" } = useParams();
  const state = settle(useNotice(noticeId));
  usePageTitle(state.title ?? "Notice published");
  if (!state.ready) return state.view;
  const [n] = state.data;
  const standstill = n.facts.find((f) => f.label === "Standstill period ends");
  return (
    <>
      <Panel title="Notice published">
        {n.kindName}
        <br />
        {n.publishedAt ? formatDateTime(n.publishedAt) : null}
      </Panel>
      {standstill ? <p className="govuk-body">The standstill period ends at {standstill.value}.</p> : null}
      <p className="govuk-body">Anyone can now read it in the public notices, without signing in.</p>
      <ul className="govuk-list">
        <li>
          <AppLink href={`/notices/${n.id}`}>View the public notice</AppLink>
        </li>
        <li>
          <AppLink href={`/procurements/${n.procurementId}/notices`}>
            Back to the notices of this procurement
          </AppLink>
        </li>
      </ul>
    </>
  );
}
