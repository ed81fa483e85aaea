import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import type { ModerateInput, ModerationView } from "#shared/evaluation/evaluation.ts";
import { moderateBid, useBidScores, useEvaluation } from "../../api/evaluation.ts";
import { useOpportunity } from "../../api/opportunities.ts";
import { BackLink, Button, Details, InsetText, Table, Tag } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { useFormErrors } from "../../forms/form-errors.ts";
import { useSubmit } from "../../forms/use-submit.ts";
import { scoreBody, ScoreFields, type ScoreDraft, scoreLinks } from "./ScoreFields.tsx";
import { evaluationPath, scoreText, useRefreshEvaluation } from "./with-evaluation.tsx";

/** Every evaluator's score per answer side by side, with the spread highlighted where it is wide. */
function Grid({ view }: { view: ModerationView }) {
  const evaluators = view.answers[0]?.scores.map((s) => ({ id: s.evaluatorId, name: s.evaluatorName })) ?? [];
  type Key = string;
  return (
    <>
      <Table<Key>
        caption="Scores side by side"
        captionSize="m"
        firstCellIsHeader
        columns={[
          { key: "answer", header: "Answer" },
          ...evaluators.map((e) => ({ key: `e-${e.id}`, header: e.name, numeric: true })),
          { key: "spread", header: "Spread" },
          { key: "moderated", header: "Moderated", numeric: true },
        ]}
        rows={view.answers.map((a) => ({
          id: a.id,
          cells: {
            answer: a.id === "social-value" ? "Social value" : a.label.split(":")[0],
            ...Object.fromEntries(
              evaluators.map((e) => [
                `e-${e.id}`,
                String(a.scores.find((s) => s.evaluatorId === e.id)?.score ?? ""),
              ]),
            ),
            spread: a.wideSpread ? <Tag colour="red">{`${a.spread} – discuss`}</Tag> : String(a.spread),
            moderated: a.moderated ? String(a.moderated.score) : "Not yet",
          },
        }))}
      />
      {view.answers.map((a) => (
        <Details key={a.id} summary={`Justifications: ${a.label}`}>
          <ul className="govuk-list">
            {a.scores.map((s) => (
              <li key={s.evaluatorId}>
                <strong>
                  {s.evaluatorName}, {scoreText(s.score)}:
                </strong>{" "}
                {s.justification}
              </li>
            ))}
          </ul>
        </Details>
      ))}
    </>
  );
}

function ModerationForm({ opportunityId, view }: { opportunityId: string; view: ModerationView }) {
  const navigate = useNavigate();
  const refresh = useRefreshEvaluation();
  const ids = view.answers.map((a) => a.id);
  const [drafts, setDrafts] = useState<Record<string, ScoreDraft>>(() =>
    Object.fromEntries(
      view.answers.flatMap((a) =>
        a.moderated ? [[a.id, { score: a.moderated.score, text: a.moderated.rationale }]] : [],
      ),
    ),
  );
  const { errors, showError } = useFormErrors(scoreLinks(ids, "rationale"));
  const { busy, submit } = useSubmit(showError);
  const onSubmit = submit(async () => {
    await moderateBid(opportunityId, view.organisationId, {
      // Unanswered scores go as they are: the API names each one that is missing.
      ...(scoreBody(ids, drafts, "rationale") as unknown as Omit<ModerateInput, "version">),
      version: view.moderation?.version ?? 0,
    });
    await refresh();
    navigate(evaluationPath(opportunityId), {
      state: { flash: `Moderation for ${view.organisationName} saved` },
    });
  });
  return (
    <>
      <FormErrorSummary errors={errors} />
      <h2 className="govuk-heading-l">Moderated scores</h2>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        {view.answers.map((a) => (
          <section key={a.id} className="govuk-!-margin-bottom-6">
            <h3 className="govuk-heading-m">{a.label}</h3>
            <ScoreFields
              id={a.id}
              legend={`Moderated score: ${a.id === "social-value" ? "social value" : a.label.split(":")[0]}`}
              textField="rationale"
              textLabel="Rationale (shown to the bidder as feedback)"
              draft={drafts[a.id]}
              onChange={(draft) => setDrafts((all) => ({ ...all, [a.id]: draft }))}
              errors={errors?.fields}
            />
          </section>
        ))}
        <Button type="submit" disabled={busy}>
          Save moderated scores
        </Button>
      </form>
    </>
  );
}

/** `/opportunities/:opportunityId/evaluation/bids/:organisationId/moderation`: the moderation grid for one bid. */
export function ModerationPage() {
  const { opportunityId = "", organisationId = "" } = useParams();
  const opportunity = useOpportunity(opportunityId);
  const evaluation = useEvaluation(opportunityId);
  const view = useBidScores(opportunityId, organisationId);
  const state = settle(opportunity, evaluation, view);
  const title = "Moderation";
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const [, ev, v] = state.data;
  const complete = v.sheetsSubmitted >= v.sheetsExpected && v.sheetsExpected > 0;
  return (
    <>
      <BackLink href={evaluationPath(opportunityId)} />
      <PageHeading caption={v.organisationName}>{title}</PageHeading>
      <p className="govuk-body">
        {v.sheetsSubmitted} of {v.sheetsExpected} score sheets submitted.
      </p>
      <Grid view={v} />
      {ev.youAreLead && ev.state === "evaluating" ? (
        complete ? (
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <ModerationForm opportunityId={opportunityId} view={v} />
            </div>
          </div>
        ) : (
          <InsetText>
            You can moderate once every evaluator has submitted their scores for this bid.
          </InsetText>
        )
      ) : null}
    </>
  );
}
