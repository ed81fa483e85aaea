import { useMemo } from "react";
import { useNavigate, useParams } from "react-router";
import { moderateSchema, type ModerationView } from "#shared/evaluation/evaluation.ts";
import { moderateBid, useBidScores, useEvaluation } from "../../api/evaluation.ts";
import { useOpportunity } from "../../api/opportunities.ts";
import { Button, Details, InsetText, Table, Tag } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { answerName, moderationAnswers, moderationStep } from "./moderation.presenter.ts";
import { ScoreFields } from "./ScoreFields.tsx";
import { scoreLinks, scoreRequest, type ScoreValues, scoreValues } from "./score-form.ts";
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
            answer: answerName(a, "Social value"),
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
  const { ids, given } = useMemo(() => moderationAnswers(view), [view]);
  const form = useGovForm({
    schema: moderateSchema,
    defaultValues: scoreValues(ids, "rationale", given),
    toRequest: useMemo(
      () => (values: ScoreValues) => ({ ...scoreRequest(values), version: view.moderation?.version ?? 0 }),
      [view.moderation?.version],
    ),
    fields: useMemo(() => scoreLinks(ids, "rationale"), [ids]),
  });
  const onSubmit = form.submit(async (request) => {
    await moderateBid(opportunityId, view.organisationId, request);
    await refresh();
    navigate(evaluationPath(opportunityId), {
      state: { flash: `Moderation for ${view.organisationName} saved` },
    });
  });
  return (
    <>
      <FormErrorSummary errors={form.errors} />
      <h2 className="govuk-heading-l">Moderated scores</h2>
      <GovForm form={form} onSubmit={onSubmit}>
        {view.answers.map((a) => (
          <section key={a.id} className="govuk-!-margin-bottom-6">
            <h3 className="govuk-heading-m">{a.label}</h3>
            <ScoreFields
              id={a.id}
              legend={`Moderated score: ${answerName(a)}`}
              textField="rationale"
              textLabel="Rationale (shown to the bidder as feedback)"
            />
          </section>
        ))}
        <Button type="submit" disabled={form.busy}>
          Save moderated scores
        </Button>
      </GovForm>
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
  const step = moderationStep(ev, v);
  return (
    <>
      <BackLink href={evaluationPath(opportunityId)} />
      <PageHeading caption={v.organisationName}>{title}</PageHeading>
      <p className="govuk-body">
        {v.sheetsSubmitted} of {v.sheetsExpected} score sheets submitted.
      </p>
      <Grid view={v} />
      {step === "moderate" ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <ModerationForm opportunityId={opportunityId} view={v} />
          </div>
        </div>
      ) : step === "wait-for-sheets" ? (
        <InsetText>You can moderate once every evaluator has submitted their scores for this bid.</InsetText>
      ) : null}
    </>
  );
}
