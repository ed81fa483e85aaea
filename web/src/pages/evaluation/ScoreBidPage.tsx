import { useMemo } from "react";
import { submitScoresSchema } from "#shared/evaluation/evaluation.ts";
import { useNavigate, useParams } from "react-router";
import { type BidForScoring, submitScores, useBidForScoring } from "../../api/evaluation.ts";
import { useOpportunity } from "../../api/opportunities.ts";
import { AppLink, Button, InsetText, SummaryList } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { Paragraphs } from "../opportunities/OpportunityDetails.tsx";
import { ScoreFields } from "./ScoreFields.tsx";
import { scoreLinks, scoreRequest, scoreValues } from "./score-form.ts";
import { evaluationPath, scoreText, useRefreshEvaluation } from "./with-evaluation.tsx";

/** Each answer the evaluator scores (question ids, then social value) and how messages name it. */
const answersOf = (bid: BidForScoring) => ({
  ids: [...bid.questions.map((q) => q.id), "social-value"],
  names: {
    ...Object.fromEntries(bid.questions.map((q, i) => [q.id, `question ${i + 1}`])),
    "social-value": "social value",
  },
});

function ScoreForm({ title, bid }: { title: string; bid: BidForScoring }) {
  const navigate = useNavigate();
  const refresh = useRefreshEvaluation();
  const { ids } = useMemo(() => answersOf(bid), [bid]);
  const form = useGovForm({
    schema: submitScoresSchema,
    defaultValues: scoreValues(ids, "justification"),
    toRequest: scoreRequest,
    fields: useMemo(() => scoreLinks(ids, "justification"), [ids]),
  });
  const { errors, busy } = form;
  usePageTitle(errors ? `Error: ${title}` : title);
  const back = evaluationPath(bid.opportunityId);
  const onSubmit = form.submit(async (request) => {
    await submitScores(bid.opportunityId, bid.organisationId, request);
    await refresh();
    navigate(back, { state: { flash: `Your scores for ${bid.organisationName} have been submitted` } });
  });
  return (
    <>
      <FormErrorSummary errors={errors} />
      <PageHeading caption={bid.organisationName}>{title}</PageHeading>
      <InsetText>
        Score each answer on its own merits, from 0 (unacceptable) to 4 (excellent), and say why. You will see
        the other evaluators&apos; scores only after you submit yours. Prices are scored separately.
      </InsetText>
      <GovForm form={form} onSubmit={onSubmit}>
        {bid.questions.map((q, i) => (
          <section key={q.id} className="govuk-!-margin-bottom-8">
            <h2 className="govuk-heading-m">
              Question {i + 1} ({q.weight}%)
            </h2>
            <p className="govuk-body govuk-!-font-weight-bold">{q.text}</p>
            <h3 className="govuk-heading-s">The bidder&apos;s answer</h3>
            <Paragraphs text={bid.qualityAnswers[q.id] ?? ""} />
            <ScoreFields
              id={q.id}
              legend={`Your score for question ${i + 1}`}
              textField="justification"
              textLabel={`Why this score for question ${i + 1}?`}
            />
          </section>
        ))}
        <section className="govuk-!-margin-bottom-8">
          <h2 className="govuk-heading-m">Social value ({bid.socialValueWeight}%)</h2>
          <h3 className="govuk-heading-s">The bidder&apos;s answer</h3>
          <Paragraphs text={bid.socialValueAnswer} />
          <ScoreFields
            id="social-value"
            legend="Your score for social value"
            textField="justification"
            textLabel="Why this score for social value?"
          />
        </section>
        <Button type="submit" disabled={busy}>
          Submit your scores
        </Button>
      </GovForm>
    </>
  );
}

function Submitted({ title, bid }: { title: string; bid: BidForScoring }) {
  const sheet = bid.mySheet!;
  return (
    <>
      <PageHeading caption={bid.organisationName}>{title}</PageHeading>
      <SummaryList
        rows={[
          ...bid.questions.map((q, i) => ({
            key: `Question ${i + 1}`,
            value: `${scoreText(sheet.answers[q.id]?.score ?? 0)}: ${sheet.answers[q.id]?.justification ?? ""}`,
          })),
          {
            key: "Social value",
            value: `${scoreText(sheet.socialValue.score)}: ${sheet.socialValue.justification}`,
          },
        ]}
      />
      <p className="govuk-body">
        <AppLink
          href={evaluationPath(bid.opportunityId, `/bids/${bid.organisationId}/moderation`)}
          className="govuk-link"
        >
          Compare with the other evaluators&apos; scores
        </AppLink>
      </p>
    </>
  );
}

/** `/opportunities/:opportunityId/evaluation/bids/:organisationId/score`: an evaluator scores one bid. */
export function ScoreBidPage() {
  const { opportunityId = "", organisationId = "" } = useParams();
  const opportunity = useOpportunity(opportunityId);
  const bid = useBidForScoring(opportunityId, organisationId);
  const state = settle(opportunity, bid);
  const title = "Score this bid";
  usePageTitle(state.title ?? title);
  if (!state.ready) return state.view;
  const [, bidData] = state.data;
  return (
    <>
      <BackLink href={evaluationPath(opportunityId)} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {bidData.mySheet ? (
            <Submitted title={title} bid={bidData} />
          ) : (
            <ScoreForm title={title} bid={bidData} />
          )}
        </div>
      </div>
    </>
  );
}
