import { useParams } from "react-router";
import type { Contract } from "#shared/contracts/contract.ts";
import type { ContractIssue, IssueLevel } from "#shared/contracts/issue.ts";
import { useIssues } from "../../api/contract-management.ts";
import { useContract } from "../../api/evaluation.ts";
import { useMe } from "../../api/queries.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { ButtonLink, SummaryList, Tag } from "../../components/govuk/index.ts";
import { FlashBanner } from "../../components/page/FlashBanner.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDate, formatDateTime, formatPence } from "../../format/format.ts";
import { ContractTabs } from "./ContractTabs.tsx";
import { IssueStepForm } from "./IssueForms.tsx";

/** The escalation levels as people name them. */
export const levelNames: Record<IssueLevel, string> = {
  "contract-managers": "Contract managers",
  "sub-committee": "Commissioning sub-committee",
  executive: "Executive (final and binding)",
};
const statusText = { raised: "Not yet shared", shared: "Shared", resolved: "Decided" };

function IssueDetails({ contract, issue, role }: { contract: Contract; issue: ContractIssue; role: string }) {
  return (
    <section aria-labelledby={`issue-${issue.number}-heading`} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={`issue-${issue.number}-heading`}>
        Issue {issue.number}: {issue.title} {issue.overdue ? <Tag colour="red">Overdue to share</Tag> : null}
        {issue.status === "resolved" ? <Tag colour="green">Decided</Tag> : null}
      </h2>
      <SummaryList
        rows={[
          { key: "Raised by", value: `${issue.originator.name}, ${formatDateTime(issue.raisedAt)}` },
          { key: "First raised", value: formatDate(issue.firstRaisedOn) },
          { key: "Description", value: issue.description },
          { key: "Implications", value: issue.implications },
          { key: "Severity and urgency", value: `Severity ${issue.severity}, urgency ${issue.urgency}` },
          {
            key: "Estimated cost",
            value: `${formatPence(issue.currentCostPence)} now, ${formatPence(issue.potentialCostPence)} potential`,
          },
          { key: "Work under way", value: issue.workUnderWay },
          { key: "Status", value: statusText[issue.status] },
          {
            key: "Share by",
            value: issue.sharedAt
              ? `Shared ${formatDateTime(issue.sharedAt)}`
              : formatDateTime(issue.shareBy),
          },
          { key: "Level", value: levelNames[issue.level] },
        ]}
      />
      {issue.comments.length ? (
        <>
          <h3 className="govuk-heading-s">Comments</h3>
          <ul className="govuk-list">
            {issue.comments.map((c) => (
              <li key={c.at}>
                <p className="govuk-body govuk-!-margin-bottom-1">{c.text}</p>
                <span className="govuk-hint">
                  {c.by.name}, {formatDateTime(c.at)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {issue.decisions.length ? (
        <>
          <h3 className="govuk-heading-s">Decisions</h3>
          <ul className="govuk-list">
            {issue.decisions.map((d) => (
              <li key={d.at}>
                {levelNames[d.level]}: {d.outcome === "escalated" ? "escalated" : "decided"} — {d.reasons} (
                {d.by.name})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {issue.status !== "resolved" ? <IssueStepForm contract={contract} issue={issue} role={role} /> : null}
    </section>
  );
}

/** `/contracts/:contractId/issues`: issue reports (seed 003 §7.4), their share clocks and escalation. */
export function ContractIssuesPage() {
  const { contractId = "" } = useParams();
  const contract = useContract(contractId);
  const issues = useIssues(contractId);
  const me = useMe();
  const state = settle(contract, issues, me);
  usePageTitle(state.title ?? `Issues on contract ${contract.data?.reference ?? ""}`.trim());
  if (!state.ready) return state.view;
  const [c, list, who] = state.data;
  return (
    <>
      <BackLink href="/contracts" />
      <FlashBanner />
      <PageHeading caption={`Contract ${c.reference}`}>Issues</PageHeading>
      <ContractTabs contract={c} current="/issues" />
      <ButtonLink href={`/contracts/${c.id}/issues/new`}>Raise an issue</ButtonLink>
      {list.items.length === 0 ? <p className="govuk-body">No issues have been raised.</p> : null}
      {[...list.items].reverse().map((i) => (
        <IssueDetails key={i.id} contract={c} issue={i} role={who.user.role} />
      ))}
    </>
  );
}
