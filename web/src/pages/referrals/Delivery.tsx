import {
  absenceReasonLabels,
  achievementLabels,
  attendanceLabels,
  contactMethodLabels,
  requestedByLabels,
} from "#shared/referrals/delivery.ts";
import { daysUsedText } from "#shared/referrals/days-used.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import { SummaryList, Table, Tag } from "../../components/govuk/index.ts";
import { formatDateTime } from "../../format/format.ts";
import { ActionPlanSummary } from "./ActionPlanSummary.tsx";
import { describeAppointment } from "./referral-words.ts";
import { UpcomingAppointments } from "./UpcomingAppointments.tsx";

/** The delivery so far: first contact, assessment, action plan, sessions and the end-of-service report. */
export function Delivery({ referral }: { referral: Referral }) {
  const a = referral.assessment;
  return (
    <>
      <UpcomingAppointments referral={referral} />
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
          { key: "Action plan", value: <ActionPlanSummary referral={referral} /> },
          {
            key: "Days used",
            value: daysUsedText(referral.daysUsed, referral.maxEnforceableDays),
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
