import type { Referral } from "#shared/referrals/referral.ts";
import { sectionIds, sectionTitles } from "#shared/referrals/sections.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { useTimeline } from "../../api/referrals.ts";
import { SummaryCard, SummaryList, Table, Tag } from "../../components/govuk/index.ts";
import { WarningText } from "../../components/govuk/journey.ts";
import { Loading } from "../../components/page/Loading.tsx";
import { formatDateTime } from "../../format/format.ts";
import { answerRows } from "./answers.tsx";
import { statusTags, timelineLabels } from "./labels.ts";
import { personName } from "./referral-words.ts";

// The referral's page parts, from where both sides' pages have always imported them.
export { CaseNotes } from "./CaseNotes.tsx";
export { Delivery } from "./Delivery.tsx";
export { describeAppointment, personName } from "./referral-words.ts";

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
