import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import type { Notice } from "#shared/notices/notice.ts";
import { correctNotice, editNotice, noticeKeys, publishNotice, useNotice } from "../../api/notices.ts";
import { AppLink, Button, InsetText } from "../../components/govuk/index.ts";
import { BackLink, WarningText } from "../../components/govuk/journey.ts";
import { Textarea } from "../../components/govuk/fields.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { ActionError } from "./action-error.tsx";
import { NoticeFacts } from "./NoticeFacts.tsx";

/** A draft: its facts as drafted from the record, its description to edit, and the way to publish. */
function Review({ notice }: { notice: Notice }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [description, setDescription] = useState(notice.description);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const title = notice.status === "draft" ? `Review the ${notice.kindName.toLowerCase()}` : notice.kindName;
  usePageTitle(error ? `Error: ${title}` : title);
  const back = `/procurements/${notice.procurementId}/notices`;
  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await fn();
      await queryClient.invalidateQueries({ queryKey: noticeKeys.all });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const publish = () =>
    act(async () => {
      const saved =
        description.trim() === notice.description
          ? notice
          : await editNotice(notice.id, description, notice.version);
      const published = await publishNotice(saved.id, saved.version);
      await navigate(`/notices/${published.id}/published`);
    });
  const save = () =>
    act(async () => {
      await editNotice(notice.id, description, notice.version);
    });
  const correct = () =>
    act(async () => {
      const correction = await correctNotice(notice.id);
      await navigate(`/notices/${correction.id}/review`);
    });
  return (
    <>
      <BackLink href={back} />
      <ActionError error={error} href="#description" />
      <PageHeading caption={notice.procurementTitle}>{title}</PageHeading>
      {notice.status === "draft" ? (
        <>
          <InsetText>
            The facts come from the portal's record and cannot be changed here. You can edit the description.
          </InsetText>
          <NoticeFacts notice={{ ...notice, description: "" }} />
          <Textarea
            id="description"
            label="Description"
            labelClassName="govuk-label--s"
            value={description}
            onChange={setDescription}
            rows={6}
          />
          <WarningText>
            A published notice cannot be changed. Mistakes are put right by publishing a correction.
          </WarningText>
          <div className="govuk-button-group">
            <Button disabled={busy} onClick={() => void publish()}>
              Publish notice
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => void save()}>
              Save draft
            </Button>
            <AppLink href={back}>Back to notices</AppLink>
          </div>
        </>
      ) : (
        <>
          <NoticeFacts notice={notice} />
          <p className="govuk-body">
            <AppLink href={`/notices/${notice.id}`}>View the public page</AppLink>
          </p>
          <Button variant="secondary" disabled={busy} onClick={() => void correct()}>
            Draft a correction
          </Button>
        </>
      )}
    </>
  );
}

/** `/notices/:noticeId/review`: a commissioner reviews a draft and publishes it (or corrects a published one). */
export function ReviewNoticePage() {
  const { noticeId = "" } = useParams();
  const state = settle(useNotice(noticeId));
  usePageTitle(state.title ?? "Notice");
  if (!state.ready) return state.view;
  return <Review key={`${state.data[0].id}-${state.data[0].version}`} notice={state.data[0]} />;
}
