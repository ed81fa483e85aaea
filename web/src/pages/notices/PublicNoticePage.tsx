import { useParams } from "react-router";
import { usePublicNotice } from "../../api/notices.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { NoticeFacts } from "./NoticeFacts.tsx";

/** `/notices/:noticeId`: one published notice, for anyone. */
export function PublicNoticePage() {
  const { noticeId = "" } = useParams();
  const state = settle(usePublicNotice(noticeId));
  usePageTitle(
    state.title ?? (state.ready ? `${state.data[0].kindName}: ${state.data[0].procurementTitle}` : "Notice"),
  );
  if (!state.ready) return state.view;
  const [notice] = state.data;
  return (
    <>
      <BackLink href="/notices" />
      <PageHeading caption={notice.procurementTitle}>{notice.kindName}</PageHeading>
      <NoticeFacts notice={notice} />
    </>
  );
}
