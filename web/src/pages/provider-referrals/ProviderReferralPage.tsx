import { useParams } from "react-router";
import type { Referral } from "#shared/referrals/referral.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { referralAction, useReferral } from "../../api/referrals.ts";
import { useReference } from "../../api/queries.ts";
import { AppLink, BackLink, Button } from "../../components/govuk/index.ts";
import { FlashBanner } from "../../components/page/FlashBanner.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import {
  Answers,
  CaseNotes,
  Concerns,
  Delivery,
  personName,
  ReferralSummary,
  SlaTable,
  Timeline,
} from "../referrals/ReferralDetails.tsx";
import { useReferralAction } from "../referrals/use-referral-action.ts";

/** The next things the provider can do, as links to their pages. */
function nextSteps(r: Referral): { href: string; text: string }[] {
  const base = `/provider/referrals/${r.id}`;
  const open = r.status === "sent" || r.status === "in-progress";
  const steps: { href: string; text: string }[] = [];
  if (open)
    steps.push({ href: `${base}/assign`, text: r.caseworker ? "Change caseworker" : "Assign a caseworker" });
  if (open && !r.firstContact) steps.push({ href: `${base}/first-contact`, text: "Record first contact" });
  const outcome = r.assessment?.outcome?.attendance;
  const happened = outcome === "attended" || outcome === "late";
  if (open && !happened)
    steps.push({
      href: `${base}/assessment`,
      text: r.assessment?.appointment ? "Reschedule the initial assessment" : "Book the initial assessment",
    });
  if (open && r.assessment?.appointment && !r.assessment.outcome)
    steps.push({ href: `${base}/assessment/outcome`, text: "Record the initial assessment" });
  if (r.status === "in-progress") {
    steps.push({
      href: `${base}/action-plan`,
      text: r.actionPlans.length ? "Revise the action plan" : "Submit the action plan",
    });
    const plan = r.actionPlans.at(-1);
    if (plan && r.sessions.length < plan.sessions)
      steps.push({ href: `${base}/sessions/new`, text: "Schedule a session" });
    for (const s of r.sessions.filter((x) => !x.feedback))
      steps.push({ href: `${base}/sessions/${s.number}/feedback`, text: `Record session ${s.number}` });
  }
  if (
    (r.status === "in-progress" || (r.status === "withdrawn" && r.assessment?.completedAt)) &&
    !r.endOfServiceReport
  )
    steps.push({ href: `${base}/end-of-service-report`, text: "Write the end-of-service report" });
  return steps;
}

function Details({ referral, reference }: { referral: Referral; reference: ReferenceData }) {
  const { errors, busy, run } = useReferralAction({});
  const steps = nextSteps(referral);
  return (
    <>
      <BackLink href="/provider/referrals">All referrals</BackLink>
      <FlashBanner />
      <FormErrorSummary errors={errors} />
      <PageHeading caption={`Referral ${referral.reference ?? ""}`}>{personName(referral)}</PageHeading>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Concerns referral={referral} />
          <ReferralSummary referral={referral} reference={reference} />
          {steps.length ? (
            <>
              <h2 className="govuk-heading-m">What to do next</h2>
              <ul className="govuk-list">
                {steps.map((s) => (
                  <li key={s.href}>
                    <AppLink href={s.href} className="govuk-link">
                      {s.text}
                    </AppLink>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {referral.status === "in-progress" ? (
            <form
              noValidate
              onSubmit={(event) =>
                void run(
                  () => referralAction(referral.id, "complete", { version: referral.version }),
                  `/provider/referrals/${referral.id}`,
                  "Referral completed",
                )(event)
              }
            >
              <Button type="submit" variant="secondary" disabled={busy}>
                Complete the referral
              </Button>
            </form>
          ) : null}
          <SlaTable referral={referral} />
          <Delivery referral={referral} />
          <CaseNotes referral={referral} />
          <Answers referral={referral} reference={reference} />
        </div>
        <div className="govuk-grid-column-one-third">
          <Timeline referral={referral} />
        </div>
      </div>
    </>
  );
}

/** `/provider/referrals/:referralId`: one referral for its provider, with what to do next. */
export function ProviderReferralPage() {
  const { referralId = "" } = useParams();
  const referral = useReferral(referralId);
  const reference = useReference();
  const state = settle(referral, reference);
  usePageTitle(state.title ?? (referral.data ? personName(referral.data) : "Referral"));
  if (!state.ready) return state.view;
  return <Details referral={state.data[0]} reference={state.data[1]} />;
}
