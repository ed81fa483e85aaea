import { useParams } from "react-router";
import {
  absenceReasonLabels,
  attendanceLabels,
  sessionFeedbackInputSchema,
} from "#shared/referrals/delivery.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import { InsetText } from "../../../components/govuk/index.ts";
import { formatDateTime } from "../../../format/format.ts";
import { FormCheckboxes, FormRadios, FormTextarea } from "../../../forms/fields.tsx";
import { describeAppointment } from "../../referrals/referral-words.ts";
import { type ActionForm, ActionFrame } from "./ActionFrame.tsx";
import { type FeedbackValues, feedbackDefaults, feedbackRequest, labelled } from "./delivery-forms.ts";

const form: ActionForm<FeedbackValues, unknown> = {
  schema: sessionFeedbackInputSchema,
  defaults: feedbackDefaults,
  toRequest: feedbackRequest,
  fields: ["attendance", "absenceReason", "whatHappened", "behaviour", "concerns", "notifyOfficer"],
};

function FeedbackFields({ referral, sessionNumber }: { referral: Referral; sessionNumber: string }) {
  const session = referral.sessions.find((s) => String(s.number) === sessionNumber);
  return (
    <>
      {session ? (
        <>
          <p className="govuk-body">
            Session {session.number}: {describeAppointment(session)}.
          </p>
          <InsetText>
            You can record attendance and feedback from the session&apos;s start time,{" "}
            {formatDateTime(session.at)}, not before.
          </InsetText>
        </>
      ) : null}
      <FormRadios
        name="attendance"
        legend="Did they attend?"
        items={labelled(attendanceLabels).map((item) =>
          item.value === "did-not-attend"
            ? {
                ...item,
                conditional: (
                  <FormRadios
                    name="absenceReason"
                    legend="Why not?"
                    legendSize="s"
                    items={labelled(absenceReasonLabels)}
                  />
                ),
              }
            : item,
        )}
      />
      <FormTextarea
        name="whatHappened"
        label="What happened in the session"
        hint="Leave blank if they did not attend"
      />
      <FormTextarea name="behaviour" label="Their behaviour (optional)" rows={3} />
      <FormTextarea
        name="concerns"
        label="Concerns (optional)"
        hint="For example about risk, wellbeing or engagement"
        rows={3}
      />
      <FormCheckboxes
        name="notifyOfficer"
        legend="Tell the responsible officer"
        legendSize="s"
        items={[{ value: "yes", text: "Tell the responsible officer about this concern now" }]}
      />
    </>
  );
}

/** `/provider/referrals/:referralId/sessions/:sessionNumber/feedback`. */
export function SessionFeedbackPage() {
  const { sessionNumber = "" } = useParams();
  return (
    <ActionFrame
      title={`Record session ${sessionNumber}`}
      action={`sessions/${sessionNumber}/feedback`}
      flash={`Session ${sessionNumber} recorded`}
      submitText="Save"
      form={form}
    >
      {(referral) => <FeedbackFields referral={referral} sessionNumber={sessionNumber} />}
    </ActionFrame>
  );
}
