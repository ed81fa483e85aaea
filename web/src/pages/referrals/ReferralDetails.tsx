import { type FormEvent, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import {
  absenceReasonLabels,
  achievementLabels,
  appointmentFormatLabels,
  attendanceLabels,
  contactMethodLabels,
  requestedByLabels,
} from "#shared/referrals/delivery.ts";
import type { Appointment } from "#shared/referrals/delivery.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import { sectionIds, sectionTitles } from "#shared/referrals/sections.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { addCaseNote, useCaseNotes, useTimeline } from "../../api/referrals.ts";
import {
  Button,
  SummaryCard,
  SummaryList,
  Table,
  Tag,
  Textarea,
  WarningText,
} from "../../components/govuk/index.ts";
import { Loading } from "../../components/page/Loading.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { useFormErrors } from "../../forms/form-errors.ts";
import { useSubmit } from "../../forms/use-submit.ts";
import { formatDateTime } from "../../format/format.ts";
import { answerRows } from "./answers.tsx";
import { statusTags, timelineLabels } from "./labels.ts";

/** An appointment in words. */
export const describeAppointment = (a: Appointment) =>
  `${formatDateTime(a.at)}, ${a.durationMinutes} minutes, ${appointmentFormatLabels[a.format].toLowerCase()}, ${contactMethodLabels[a.method].toLowerCase()}${a.address ? ` at ${a.address}` : ""}`;

/** The person's name as the officer entered it. */
export const personName = (r: Referral) =>
  [r.answers.person?.firstName, r.answers.person?.lastName].filter(Boolean).join(" ") || "Name not entered";

/** The referral at a glance: reference, status, person, intervention and who is working on it. */
export function ReferralSummary({ referral, reference }: { referral: Referral; reference: ReferenceData }) {
  const tag = statusTags[referral.status];
  const area = reference.needAreas.find((n) => n.id === referral.needAreaId);
  return (
    <SummaryList
      rows={[
        { key: "Reference", value: referral.reference ?? "Not sent yet" },
        { key: "Status", value: <Tag {...(tag.colour ? { colour: tag.colour } : {})}>{tag.text}</Tag> },
        {
          key: "Person",
          value: `${personName(referral)} (${String(referral.answers.person?.crn ?? "no CRN")})`,
        },
        {
          key: "Intervention",
          value: `${referral.interventionTitle} – ${area?.name ?? ""}, ${referral.tierId} complexity`,
        },
        { key: "Provider", value: referral.organisationName },
        { key: "Responsible officer", value: referral.officer.name },
        { key: "Caseworker", value: referral.caseworker?.name ?? "Not assigned yet" },
        ...(referral.sentAt ? [{ key: "Sent", value: formatDateTime(referral.sentAt) }] : []),
        ...(referral.withdrawal
          ? [
              {
                key: "Withdrawn",
                value: `${formatDateTime(referral.withdrawal.at)} by ${referral.withdrawal.by.name}: ${
                  reference.withdrawalReasons.find((r) => r.id === referral.withdrawal!.reasonId)?.name ?? ""
                }`,
              },
            ]
          : []),
      ]}
    />
  );
}

/** The SLA clocks with due dates and overdue flags. */
export function SlaTable({ referral }: { referral: Referral }) {
  if (referral.sla.length === 0) return null;
  return (
    <Table
      caption="Service levels"
      columns={[
        { key: "clock", header: "Clock" },
        { key: "due", header: "Due by" },
        { key: "state", header: "Status" },
      ]}
      firstCellIsHeader
      rows={referral.sla.map((c) => ({
        id: c.id,
        cells: {
          clock: c.label,
          due: formatDateTime(c.dueAt),
          state: c.metAt ? (
            c.overdue ? (
              <Tag colour="orange">Met late</Tag>
            ) : (
              <Tag colour="green">Met</Tag>
            )
          ) : c.overdue ? (
            <Tag colour="red">Overdue</Tag>
          ) : (
            <Tag colour="grey">Due</Tag>
          ),
        },
      }))}
    />
  );
}

/** Concerns raised in sessions, highlighted. */
export function Concerns({ referral }: { referral: Referral }) {
  const raised = referral.sessions.filter((s) => s.feedback?.notifyOfficer);
  if (raised.length === 0) return null;
  return (
    <div className="govuk-!-margin-bottom-6">
      <WarningText>
        {raised.length === 1
          ? "The provider raised a concern"
          : `The provider raised ${raised.length} concerns`}
      </WarningText>
      <ul className="govuk-list govuk-list--bullet">
        {raised.map((s) => (
          <li key={s.number}>
            Session {s.number}: {s.feedback?.concerns}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The delivery so far: first contact, assessment, action plan, sessions and the end-of-service report. */
export function Delivery({ referral }: { referral: Referral }) {
  const plan = referral.actionPlans.at(-1);
  const a = referral.assessment;
  return (
    <>
      <h2 className="govuk-heading-m">Delivery</h2>
      <SummaryList
        rows={[
          {
            key: "First contact",
            value: referral.firstContact
              ? `${formatDateTime(referral.firstContact.contactedAt)} by ${contactMethodLabels[referral.firstContact.method].toLowerCase()}`
              : "Not yet",
          },
          {
            key: "Initial assessment",
            value: a?.appointment
              ? `${describeAppointment(a.appointment)}${a.outcome ? ` – ${attendanceLabels[a.outcome.attendance]}` : ""}`
              : "Not booked",
          },
          ...(a?.changes.length
            ? [
                {
                  key: "Assessment changes",
                  value: (
                    <ul className="govuk-list">
                      {a.changes.map((c) => (
                        <li key={c.changedAt}>
                          {formatDateTime(c.changedAt)}: moved at the request of{" "}
                          {requestedByLabels[c.requestedBy].toLowerCase()} – {c.reason}
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]
            : []),
          {
            key: "Action plan",
            value: plan ? (
              <>
                <p className="govuk-body">
                  Version {plan.version}, approved {formatDateTime(plan.approvedAt)}: {plan.sessions} sessions
                </p>
                <ul className="govuk-list govuk-list--bullet">
                  {plan.activities.map((activity) => (
                    <li key={activity}>{activity}</li>
                  ))}
                </ul>
              </>
            ) : (
              "Not submitted"
            ),
          },
        ]}
      />
      {referral.sessions.length ? (
        <Table
          caption="Sessions"
          captionSize="s"
          columns={[
            { key: "number", header: "Session" },
            { key: "when", header: "When" },
            { key: "attendance", header: "Attendance" },
            { key: "feedback", header: "Feedback" },
          ]}
          firstCellIsHeader
          rows={referral.sessions.map((s) => ({
            id: String(s.number),
            cells: {
              number: `Session ${s.number}`,
              when: describeAppointment(s),
              attendance: s.feedback ? (
                <>
                  {attendanceLabels[s.feedback.attendance]}
                  {s.feedback.absenceReason
                    ? ` (${absenceReasonLabels[s.feedback.absenceReason].toLowerCase()})`
                    : ""}
                </>
              ) : (
                "Not recorded"
              ),
              feedback: s.feedback ? (
                <>
                  {s.feedback.whatHappened ? <p className="govuk-body">{s.feedback.whatHappened}</p> : null}
                  {s.feedback.behaviour ? (
                    <p className="govuk-body">Behaviour: {s.feedback.behaviour}</p>
                  ) : null}
                  {s.feedback.concerns ? (
                    <p className="govuk-body">
                      <Tag colour="red">Concern</Tag> {s.feedback.concerns}
                    </p>
                  ) : null}
                </>
              ) : (
                ""
              ),
            },
          }))}
        />
      ) : null}
      {referral.endOfServiceReport ? (
        <>
          <h2 className="govuk-heading-m">End-of-service report</h2>
          <p className="govuk-body">
            Submitted {formatDateTime(referral.endOfServiceReport.submittedAt)} by{" "}
            {referral.endOfServiceReport.submittedBy.name}
          </p>
          <SummaryList
            rows={[
              ...referral.endOfServiceReport.outcomes.map((o) => ({
                key: o.outcome,
                value: `${achievementLabels[o.achievement]}. ${o.progress}`,
              })),
              { key: "Anything left to do", value: referral.endOfServiceReport.furtherWork },
            ]}
          />
        </>
      ) : null}
    </>
  );
}

/** Every section the officer filled in, as summary cards. */
export function Answers({ referral, reference }: { referral: Referral; reference: ReferenceData }) {
  return (
    <>
      <h2 className="govuk-heading-m">Referral details</h2>
      {sectionIds.map((section) => (
        <SummaryCard
          key={section}
          title={sectionTitles[section]}
          headingLevel={3}
          rows={answerRows(referral, section, reference)}
        />
      ))}
    </>
  );
}

/** The referral's timeline: every event, oldest first. */
export function Timeline({ referral }: { referral: Referral }) {
  const timeline = useTimeline(referral.id);
  if (timeline.isPending) return <Loading what="the timeline" />;
  if (timeline.isError) return <p className="govuk-body">We could not load the timeline.</p>;
  return (
    <>
      <h2 className="govuk-heading-m">Timeline</h2>
      <ol className="govuk-list">
        {timeline.data.items
          .filter((e) => e.action !== "section-saved")
          .map((e) => (
            <li key={e.id} className="govuk-!-margin-bottom-3">
              <strong>{timelineLabels[e.action] ?? e.action}</strong>
              {typeof e.details?.session === "number" ? ` (session ${e.details.session})` : ""}
              <br />
              <span className="govuk-hint">
                {e.actor.name}, {formatDateTime(e.at)}
              </span>
            </li>
          ))}
      </ol>
    </>
  );
}

/** Case notes both sides can read and add to. */
export function CaseNotes({ referral }: { referral: Referral }) {
  const notes = useCaseNotes(referral.id);
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const { errors, showError, clear } = useFormErrors({ text: "#note-text" });
  const { busy, submit } = useSubmit(showError);
  const onSubmit = (event: FormEvent) =>
    void submit(async () => {
      await addCaseNote(referral.id, text);
      setText("");
      clear();
      await queryClient.invalidateQueries({ queryKey: ["referrals", "one", referral.id] });
    })(event);
  return (
    <>
      <h2 className="govuk-heading-m">Case notes</h2>
      {notes.isPending ? (
        <Loading what="case notes" />
      ) : notes.data?.items.length ? (
        <ul className="govuk-list">
          {notes.data.items.map((n) => (
            <li key={n.id} className="govuk-!-margin-bottom-4">
              <p className="govuk-body govuk-!-margin-bottom-1">{n.text}</p>
              <span className="govuk-hint">
                {n.author.name} ({n.author.organisationName}), {formatDateTime(n.at)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">No case notes yet.</p>
      )}
      {referral.status !== "draft" ? (
        <form noValidate onSubmit={onSubmit} aria-label="Add a case note">
          <FormErrorSummary errors={errors} />
          <Textarea
            id="note-text"
            label="Add a case note"
            value={text}
            onChange={setText}
            error={errors?.fields.text}
            rows={3}
          />
          <Button type="submit" variant="secondary" disabled={busy}>
            Add case note
          </Button>
        </form>
      ) : null}
    </>
  );
}
