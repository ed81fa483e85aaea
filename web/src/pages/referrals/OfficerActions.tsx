import { referenceData } from "#shared/reference/index.ts";
import { amendmentGroups, amendmentGroupTitles, type AmendmentGroup } from "#shared/referrals/amendments.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import { isOpen } from "#shared/referrals/status.ts";
import { AppLink } from "../../components/govuk/index.ts";
import { WarningText } from "../../components/govuk/journey.ts";
import { formatDateTime } from "../../format/format.ts";
import { amendPath } from "./amend-form.ts";

/** The groups this referral can have amended: release details only for a person in custody. */
const groupsFor = (r: Referral): AmendmentGroup[] => {
  const custody = referenceData.sentenceTypes.find(
    (t) => t.id === r.answers.sentence?.sentenceTypeId,
  )?.custody;
  return amendmentGroups.filter((g) => g !== "release" || custody);
};

/** A plan waiting for the officer's decision, with its due time and whether it is overdue. */
export function PlanToApprove({ referral }: { referral: Referral }) {
  const waiting = referral.actionPlans.find((p) => p.status === "awaiting-approval");
  if (!waiting || referral.status !== "in-progress") return null;
  return (
    <>
      {waiting.approvalOverdue ? (
        <WarningText>
          The action plan’s approval is overdue: it was due by {formatDateTime(waiting.approvalDueAt)}.
        </WarningText>
      ) : null}
      <p className="govuk-body">
        <AppLink
          href={`/referrals/${referral.id}/action-plan`}
          className="govuk-link govuk-!-font-weight-bold"
        >
          Review version {waiting.version} of the action plan
        </AppLink>{" "}
        (due by {formatDateTime(waiting.approvalDueAt)})
      </p>
    </>
  );
}

/** Links to change each group of a sent, open referral, and to its changelog. */
export function ChangeLinks({ referral }: { referral: Referral }) {
  return (
    <>
      <h2 className="govuk-heading-m">Changes</h2>
      <p className="govuk-body">
        <AppLink href={`/referrals/${referral.id}/changes`} className="govuk-link">
          See what has changed since the referral was sent
        </AppLink>
      </p>
      {isOpen(referral.status) ? (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Change the referral</span>
          </summary>
          <div className="govuk-details__text">
            <ul className="govuk-list">
              {groupsFor(referral).map((g) => (
                <li key={g}>
                  <AppLink href={amendPath(referral.id, g)} className="govuk-link">
                    Change {amendmentGroupTitles[g].toLowerCase()}
                  </AppLink>
                </li>
              ))}
            </ul>
          </div>
        </details>
      ) : null}
    </>
  );
}
