import { type ReactNode, type RefObject, useEffect, useRef, useState } from "react";
import { useParams } from "react-router";
import {
  absenceReasonLabels,
  achievementLabels,
  appointmentFormatLabels,
  attendanceLabels,
  contactMethodLabels,
  requestedByLabels,
} from "#shared/referrals/delivery.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { referralAction, useCaseworkers, useReferral } from "../../api/referrals.ts";
import { useReference } from "../../api/queries.ts";
import {
  BackLink,
  Button,
  Checkboxes,
  DateInput,
  type DateParts,
  Fieldset,
  InsetText,
  Radios,
  Textarea,
  TextInput,
} from "../../components/govuk/index.ts";
import { maxPlanSessions, planSessionLimitText } from "#shared/referrals/action-plan.ts";
import { useIntervention } from "../../api/evaluation.ts";
import { Loading } from "../../components/page/Loading.tsx";
import { formatDateTime } from "../../format/format.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import type { FieldLinks } from "../../forms/form-errors.ts";
import { parseWholeNumber, partsToInstant } from "../../forms/parse.ts";
import { describeAppointment, personName } from "../referrals/ReferralDetails.tsx";
import { useReferralAction } from "../referrals/use-referral-action.ts";

const labelled = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, text]) => ({ value, text }));

type FormProps = { referral: Referral; reference: ReferenceData };
type ChildProps = FormProps & { errors: Record<string, string>; body: RefObject<() => object> };
type AppointmentValue = {
  at: DateParts;
  duration: string;
  format?: string;
  method?: string;
  address: string;
};

/**
 * The frame of every provider action page: loads the referral, shows the heading and error summary,
 * and posts the form's body to the action, returning to the referral with a success banner.
 */
function ActionPage({
  title,
  action,
  links,
  flash,
  submitText,
  children,
}: {
  title: string;
  action: string;
  links: FieldLinks;
  flash: string;
  submitText: string;
  children: (props: ChildProps) => ReactNode;
}) {
  const { referralId = "" } = useParams();
  const referral = useReferral(referralId);
  const reference = useReference();
  const state = settle(referral, reference);
  const { errors, busy, run } = useReferralAction(links);
  const body = useRef<() => object>(() => ({}));
  usePageTitle(state.title ?? (errors ? `Error: ${title}` : title));
  if (!state.ready) return state.view;
  const [r, ref] = state.data;
  const back = `/provider/referrals/${r.id}`;
  return (
    <>
      <BackLink href={back}>Back to the referral</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormErrorSummary errors={errors} />
          <PageHeading caption={`${personName(r)} – ${r.reference ?? ""}`}>{title}</PageHeading>
          <form
            noValidate
            onSubmit={(event) =>
              void run(
                () => referralAction(r.id, action, { ...body.current(), version: r.version }),
                back,
                flash,
              )(event)
            }
          >
            {children({
              referral: r,
              reference: ref,
              errors: errors?.fields ?? {},
              body,
            })}
            <Button type="submit" disabled={busy}>
              {submitText}
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}

/** Keeps the frame's body builder pointing at the form's latest state. */
function useBody(bodyRef: RefObject<() => object>, make: () => object) {
  useEffect(() => {
    bodyRef.current = make;
  });
}

const instant = (parts: DateParts) => {
  const value = partsToInstant(parts);
  return value === null ? "not-a-date" : value;
};
const number = (text: string) => {
  const n = parseWholeNumber(text);
  return n === undefined ? undefined : Number.isNaN(n) ? text : n;
};

function AssignForm({ body, errors }: ChildProps) {
  const caseworkers = useCaseworkers();
  const [caseworkerId, setCaseworkerId] = useState<string | undefined>();
  useBody(body, () => ({ caseworkerId }));
  if (caseworkers.isPending) return <Loading what="caseworkers" />;
  return (
    <Radios
      name="caseworkerId"
      legend="Who will work with this person?"
      value={caseworkerId}
      onChange={setCaseworkerId}
      error={errors.caseworkerId}
      items={(caseworkers.data?.items ?? []).map((c) => ({ value: c.userId, text: c.name }))}
    />
  );
}

/** `/provider/referrals/:referralId/assign`. */
export const AssignPage = () => (
  <ActionPage
    title="Assign a caseworker"
    action="assign"
    links={{ caseworkerId: "#caseworkerId" }}
    flash="Caseworker assigned"
    submitText="Assign"
  >
    {(props) => <AssignForm {...props} />}
  </ActionPage>
);

function FirstContactForm({ body, errors }: ChildProps) {
  const [at, setAt] = useState<DateParts>({});
  const [method, setMethod] = useState<string | undefined>();
  const [notes, setNotes] = useState("");
  useBody(body, () => ({ contactedAt: instant(at), method, notes }));
  return (
    <>
      <DateInput
        id="contactedAt"
        legend="When did you first contact them?"
        hint="UK time, 24-hour clock"
        withTime
        value={at}
        onChange={setAt}
        error={errors.contactedAt}
      />
      <Radios
        name="method"
        legend="How?"
        legendSize="s"
        value={method}
        onChange={setMethod}
        error={errors.method}
        items={labelled(contactMethodLabels)}
      />
      <Textarea
        id="notes"
        label="Notes (optional)"
        value={notes}
        onChange={setNotes}
        error={errors.notes}
        rows={3}
      />
    </>
  );
}

/** `/provider/referrals/:referralId/first-contact`. */
export const FirstContactPage = () => (
  <ActionPage
    title="Record first contact"
    action="first-contact"
    links={{ contactedAt: "#contactedAt-day", method: "#method", notes: "#notes" }}
    flash="First contact recorded"
    submitText="Save"
  >
    {(props) => <FirstContactForm {...props} />}
  </ActionPage>
);

/** When, how long, one-to-one or group, and how (an address when in person). */
function AppointmentFields({
  errors,
  value,
  onChange,
}: {
  errors: Record<string, string>;
  value: AppointmentValue;
  onChange: (v: AppointmentValue) => void;
}) {
  return (
    <>
      <DateInput
        id="at"
        legend="Date and time"
        hint="UK time, 24-hour clock, for example 14 3 2027 and 14 30"
        withTime
        value={value.at}
        onChange={(at) => onChange({ ...value, at })}
        error={errors.at}
      />
      <TextInput
        id="durationMinutes"
        label="Duration in minutes"
        width="3"
        inputMode="numeric"
        value={value.duration}
        onChange={(duration) => onChange({ ...value, duration })}
        error={errors.durationMinutes}
      />
      <Radios
        name="format"
        legend="One-to-one or group?"
        legendSize="s"
        inline
        value={value.format}
        onChange={(format) => onChange({ ...value, format })}
        error={errors.format}
        items={labelled(appointmentFormatLabels)}
      />
      <Radios
        name="method"
        legend="How will it happen?"
        legendSize="s"
        value={value.method}
        onChange={(method) => onChange({ ...value, method })}
        error={errors.method}
        items={labelled(contactMethodLabels).map((item) =>
          item.value === "in-person"
            ? {
                ...item,
                conditional: (
                  <Textarea
                    id="address"
                    label="Address"
                    rows={3}
                    value={value.address}
                    onChange={(address) => onChange({ ...value, address })}
                    error={errors.address}
                  />
                ),
              }
            : item,
        )}
      />
    </>
  );
}

const appointmentBody = (v: AppointmentValue) => ({
  at: instant(v.at),
  durationMinutes: number(v.duration),
  format: v.format,
  method: v.method,
  ...(v.method === "in-person" ? { address: v.address } : {}),
});
const appointmentLinks = {
  at: "#at-day",
  durationMinutes: "#durationMinutes",
  format: "#format",
  method: "#method",
  address: "#address",
};

function AssessmentForm({ referral, body, errors }: ChildProps) {
  const previous = referral.assessment?.appointment;
  const [value, setValue] = useState<AppointmentValue>({
    at: {},
    duration: previous ? String(previous.durationMinutes) : "60",
    ...(previous ? { format: previous.format, method: previous.method } : {}),
    address: previous?.address ?? "",
  });
  const [requestedBy, setRequestedBy] = useState<string | undefined>();
  const [reason, setReason] = useState("");
  useBody(body, () => ({
    ...appointmentBody(value),
    ...(previous ? { rescheduleRequestedBy: requestedBy, rescheduleReason: reason } : {}),
  }));
  return (
    <>
      {previous ? <p className="govuk-body">Booked for {describeAppointment(previous)}.</p> : null}
      <AppointmentFields errors={errors} value={value} onChange={setValue} />
      {previous ? (
        <Fieldset legend="Why is it changing?" legendSize="m">
          <Radios
            name="rescheduleRequestedBy"
            legend="Who asked to change it?"
            legendSize="s"
            value={requestedBy}
            onChange={setRequestedBy}
            error={errors.rescheduleRequestedBy}
            items={labelled(requestedByLabels)}
          />
          <Textarea
            id="rescheduleReason"
            label="Reason"
            rows={3}
            value={reason}
            onChange={setReason}
            error={errors.rescheduleReason}
          />
        </Fieldset>
      ) : null}
    </>
  );
}

/** `/provider/referrals/:referralId/assessment`: book or reschedule the initial assessment. */
export const AssessmentPage = () => (
  <ActionPage
    title="Initial assessment appointment"
    action="assessment"
    links={{
      ...appointmentLinks,
      rescheduleRequestedBy: "#rescheduleRequestedBy",
      rescheduleReason: "#rescheduleReason",
    }}
    flash="Initial assessment booked"
    submitText="Save appointment"
  >
    {(props) => <AssessmentForm {...props} />}
  </ActionPage>
);

function AssessmentOutcomeForm({ referral, body, errors }: ChildProps) {
  const [attendance, setAttendance] = useState<string | undefined>();
  const [notes, setNotes] = useState("");
  useBody(body, () => ({ attendance, notes }));
  return (
    <>
      {referral.assessment?.appointment ? (
        <p className="govuk-body">Booked for {describeAppointment(referral.assessment.appointment)}.</p>
      ) : null}
      <Radios
        name="attendance"
        legend="Did they attend?"
        value={attendance}
        onChange={setAttendance}
        error={errors.attendance}
        items={labelled(attendanceLabels)}
      />
      <Textarea
        id="notes"
        label="What was agreed (optional)"
        value={notes}
        onChange={setNotes}
        error={errors.notes}
      />
    </>
  );
}

/** `/provider/referrals/:referralId/assessment/outcome`. */
export const AssessmentOutcomePage = () => (
  <ActionPage
    title="Record the initial assessment"
    action="assessment/outcome"
    links={{ attendance: "#attendance", notes: "#notes" }}
    flash="Initial assessment recorded"
    submitText="Save"
  >
    {(props) => <AssessmentOutcomeForm {...props} />}
  </ActionPage>
);

function ActionPlanForm({ referral, body, errors }: ChildProps) {
  const current = referral.actionPlans.at(-1);
  const [activities, setActivities] = useState(current?.activities.join("\n") ?? "");
  const [sessions, setSessions] = useState(current ? String(current.sessions) : "");
  const contracted = useIntervention(referral.interventionId).data?.sessions ?? 0;
  useBody(body, () => ({
    activities: activities
      .split("\n")
      .map((a) => a.trim())
      .filter(Boolean),
    sessions: number(sessions),
  }));
  return (
    <>
      <p className="govuk-body">
        The plan is approved when you submit it. A new version can add sessions but not take them away.
      </p>
      <Textarea
        id="activities"
        label="Activities"
        hint="One activity on each line"
        value={activities}
        onChange={setActivities}
        error={errors.activities}
      />
      <TextInput
        id="sessions"
        label="Number of sessions"
        {...(contracted > 0
          ? {
              hint: `For this intervention: ${planSessionLimitText(contracted)}. Enter ${maxPlanSessions(contracted)} or fewer.`,
            }
          : {})}
        width="3"
        inputMode="numeric"
        value={sessions}
        onChange={setSessions}
        error={errors.sessions}
      />
    </>
  );
}

/** `/provider/referrals/:referralId/action-plan`: submit or revise the action plan. */
export const ActionPlanPage = () => (
  <ActionPage
    title="Action plan"
    action="action-plan"
    links={{ activities: "#activities", sessions: "#sessions" }}
    flash="Action plan submitted and approved"
    submitText="Submit action plan"
  >
    {(props) => <ActionPlanForm {...props} />}
  </ActionPage>
);

function SessionForm({ body, errors }: ChildProps) {
  const [value, setValue] = useState<AppointmentValue>({
    at: {},
    duration: "60",
    address: "",
  });
  useBody(body, () => appointmentBody(value));
  return <AppointmentFields errors={errors} value={value} onChange={setValue} />;
}

/** `/provider/referrals/:referralId/sessions/new`. */
export const SessionPage = () => (
  <ActionPage
    title="Schedule a session"
    action="sessions"
    links={appointmentLinks}
    flash="Session scheduled"
    submitText="Schedule session"
  >
    {(props) => <SessionForm {...props} />}
  </ActionPage>
);

function FeedbackForm({ referral, body, errors }: ChildProps) {
  const { sessionNumber = "" } = useParams();
  const session = referral.sessions.find((s) => String(s.number) === sessionNumber);
  const [attendance, setAttendance] = useState<string | undefined>();
  const [absenceReason, setAbsenceReason] = useState<string | undefined>();
  const [whatHappened, setWhatHappened] = useState("");
  const [behaviour, setBehaviour] = useState("");
  const [concerns, setConcerns] = useState("");
  const [notify, setNotify] = useState<string[]>([]);
  useBody(body, () => ({
    attendance,
    ...(attendance === "did-not-attend" ? { absenceReason } : {}),
    whatHappened,
    behaviour,
    concerns,
    notifyOfficer: notify.length > 0,
  }));
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
      <Radios
        name="attendance"
        legend="Did they attend?"
        value={attendance}
        onChange={setAttendance}
        error={errors.attendance}
        items={labelled(attendanceLabels).map((item) =>
          item.value === "did-not-attend"
            ? {
                ...item,
                conditional: (
                  <Radios
                    name="absenceReason"
                    legend="Why not?"
                    legendSize="s"
                    value={absenceReason}
                    onChange={setAbsenceReason}
                    error={errors.absenceReason}
                    items={labelled(absenceReasonLabels)}
                  />
                ),
              }
            : item,
        )}
      />
      <Textarea
        id="whatHappened"
        label="What happened in the session"
        hint="Leave blank if they did not attend"
        value={whatHappened}
        onChange={setWhatHappened}
        error={errors.whatHappened}
      />
      <Textarea
        id="behaviour"
        label="Their behaviour (optional)"
        value={behaviour}
        onChange={setBehaviour}
        error={errors.behaviour}
        rows={3}
      />
      <Textarea
        id="concerns"
        label="Concerns (optional)"
        hint="For example about risk, wellbeing or engagement"
        value={concerns}
        onChange={setConcerns}
        error={errors.concerns}
        rows={3}
      />
      <Checkboxes
        name="notifyOfficer"
        legend="Tell the responsible officer"
        legendSize="s"
        items={[{ value: "yes", text: "Tell the responsible officer about this concern now" }]}
        values={notify}
        onChange={setNotify}
      />
    </>
  );
}

/** `/provider/referrals/:referralId/sessions/:sessionNumber/feedback`. */
export function SessionFeedbackPage() {
  const { sessionNumber = "" } = useParams();
  return (
    <ActionPage
      title={`Record session ${sessionNumber}`}
      action={`sessions/${sessionNumber}/feedback`}
      links={{
        attendance: "#attendance",
        absenceReason: "#absenceReason",
        whatHappened: "#whatHappened",
        behaviour: "#behaviour",
        concerns: "#concerns",
      }}
      flash={`Session ${sessionNumber} recorded`}
      submitText="Save"
    >
      {(props) => <FeedbackForm {...props} />}
    </ActionPage>
  );
}

function ReportForm({ referral, body, errors }: ChildProps) {
  const outcomes = (referral.answers.intervention?.desiredOutcomes as string[] | undefined) ?? [];
  const [achievement, setAchievement] = useState<Record<number, string>>({});
  const [progress, setProgress] = useState<Record<number, string>>({});
  const [furtherWork, setFurtherWork] = useState("");
  useBody(body, () => ({
    outcomes: outcomes.map((outcome, i) => ({
      outcome,
      achievement: achievement[i],
      progress: progress[i] ?? "",
    })),
    furtherWork,
  }));
  return (
    <>
      {outcomes.map((outcome, i) => (
        <Fieldset key={outcome} legend={outcome} legendSize="m">
          <Radios
            name={`outcomes-${i}-achievement`}
            legend="Was it achieved?"
            legendSize="s"
            inline
            value={achievement[i]}
            onChange={(v) => setAchievement((a) => ({ ...a, [i]: v }))}
            error={errors[`outcomes.${i}.achievement`]}
            items={labelled(achievementLabels)}
          />
          <Textarea
            id={`outcomes-${i}-progress`}
            label="Progress made"
            rows={3}
            value={progress[i] ?? ""}
            onChange={(v) => setProgress((p) => ({ ...p, [i]: v }))}
            error={errors[`outcomes.${i}.progress`]}
          />
        </Fieldset>
      ))}
      <Textarea
        id="furtherWork"
        label="Anything left to do"
        hint="What the person or their officer still needs to work on"
        value={furtherWork}
        onChange={setFurtherWork}
        error={errors.furtherWork}
      />
    </>
  );
}

/** `/provider/referrals/:referralId/end-of-service-report`. */
export function EndOfServiceReportPage() {
  const { referralId = "" } = useParams();
  const referral = useReferral(referralId);
  const count = ((referral.data?.answers.intervention?.desiredOutcomes as string[] | undefined) ?? []).length;
  const links: FieldLinks = { outcomes: "#outcomes-0-achievement", furtherWork: "#furtherWork" };
  for (let i = 0; i < count; i += 1) {
    links[`outcomes.${i}.achievement`] = `#outcomes-${i}-achievement`;
    links[`outcomes.${i}.progress`] = `#outcomes-${i}-progress`;
  }
  return (
    <ActionPage
      title="End-of-service report"
      action="end-of-service-report"
      links={links}
      flash="End-of-service report submitted"
      submitText="Submit report"
    >
      {(props) => <ReportForm {...props} />}
    </ActionPage>
  );
}
