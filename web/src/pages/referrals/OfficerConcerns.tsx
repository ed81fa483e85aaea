import { versionInputSchema } from "#shared/referrals/delivery.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import { referralAction } from "../../api/referrals.ts";
import { AppLink, Button, Tag } from "../../components/govuk/index.ts";
import { WarningText } from "../../components/govuk/journey.ts";
import { formatDateTime } from "../../format/format.ts";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { useAfterReferralChange } from "./use-referral-action.ts";

type Session = Referral["sessions"][number];

function MarkSeen({ referral, session }: { referral: Referral; session: Session }) {
  const form = useGovForm({
    schema: versionInputSchema,
    toRequest: () => ({ version: referral.version }),
    defaultValues: {},
    fields: ["version"],
  });
  const done = useAfterReferralChange();
  const onSubmit = form.submit(async (request) => {
    await referralAction(referral.id, `sessions/${session.number}/feedback/seen`, request);
    await done(
      `/referrals/${referral.id}`,
      `You marked the concern about session ${session.number} as seen.`,
    );
  });
  return (
    <>
      <FormErrorSummary errors={form.errors} />
      <GovForm
        form={form}
        onSubmit={onSubmit}
        label={`Mark the concern about session ${session.number} seen`}
      >
        <Button type="submit" variant="secondary" disabled={form.busy}>
          Mark as seen<span className="govuk-visually-hidden"> (session {session.number})</span>
        </Button>
      </GovForm>
    </>
  );
}

/**
 * Concerns the provider raised after sessions (item 7): each one not yet seen is highlighted with a
 * button to mark it seen; any can be answered with a case note (the form further down the page).
 */
export function OfficerConcerns({ referral }: { referral: Referral }) {
  const raised = referral.sessions.filter((s) => s.feedback?.notifyOfficer);
  if (raised.length === 0) return null;
  const unseen = raised.filter((s) => !s.feedback?.seenByOfficer).length;
  return (
    <div className="govuk-!-margin-bottom-6">
      <WarningText>
        {unseen === 0
          ? "You have read every concern the provider raised"
          : unseen === 1
            ? "The provider raised a concern you have not marked as seen"
            : `The provider raised ${unseen} concerns you have not marked as seen`}
      </WarningText>
      {raised.map((s) => (
        <div key={s.number} className="govuk-inset-text">
          <h3 className="govuk-heading-s">
            Session {s.number}{" "}
            {s.feedback?.seenByOfficer ? <Tag colour="grey">Seen</Tag> : <Tag colour="red">New concern</Tag>}
          </h3>
          <p className="govuk-body">{s.feedback?.concerns}</p>
          {s.feedback?.seenByOfficer ? (
            <p className="govuk-body-s">
              Marked as seen by {s.feedback.seenByOfficer.by.name} on{" "}
              {formatDateTime(s.feedback.seenByOfficer.at)}
            </p>
          ) : (
            <MarkSeen referral={referral} session={s} />
          )}
          <p className="govuk-body">
            <AppLink href="#note-text" className="govuk-link">
              Answer with a case note<span className="govuk-visually-hidden"> (session {s.number})</span>
            </AppLink>
          </p>
        </div>
      ))}
    </div>
  );
}

/** The "Restricted" tag and who set it, for those allowed to see a restricted person's referral (item 5). */
export function RestrictionNote({ referral }: { referral: Referral }) {
  return (
    <p className="govuk-body">
      {referral.restriction ? (
        <>
          <Tag colour="purple">Restricted</Tag> Only the people and teams {referral.restriction.setBy.name}{" "}
          named can see this person’s referrals.{" "}
        </>
      ) : null}
      <AppLink href={`/referrals/${referral.id}/restrict`} className="govuk-link">
        {referral.restriction ? "Change who can see them" : "Restrict access"}
      </AppLink>
    </p>
  );
}
