import { planStatusLabels } from "#shared/referrals/action-plan.ts";
import type { Referral } from "#shared/referrals/referral.ts";
import { Tag } from "../../components/govuk/index.ts";
import { formatDateTime } from "../../format/format.ts";

type Plan = Referral["actionPlans"][number];

const statusTag = (p: Plan) =>
  p.status === "approved" ? (
    <Tag colour="green">{planStatusLabels.approved}</Tag>
  ) : p.status === "changes-requested" ? (
    <Tag colour="orange">{planStatusLabels["changes-requested"]}</Tag>
  ) : p.approvalOverdue ? (
    <Tag colour="red">Approval overdue</Tag>
  ) : (
    <Tag colour="grey">{planStatusLabels["awaiting-approval"]}</Tag>
  );

/** Every version of the action plan, newest first: its sessions, activities, approval and the officer's comments. */
export function ActionPlanSummary({ referral }: { referral: Referral }) {
  if (referral.actionPlans.length === 0) return <>Not submitted</>;
  return (
    <>
      {[...referral.actionPlans].reverse().map((plan) => (
        <div key={plan.version} className="govuk-!-margin-bottom-4">
          <p className="govuk-body govuk-!-margin-bottom-1">
            Version {plan.version}: {plan.sessions} sessions {statusTag(plan)}
          </p>
          <ul className="govuk-list govuk-list--bullet">
            {plan.activities.map((activity) => (
              <li key={activity}>{activity}</li>
            ))}
          </ul>
          {plan.status === "awaiting-approval" ? (
            <p className="govuk-body-s">
              Submitted {formatDateTime(plan.submittedAt)}. Approval due by{" "}
              {formatDateTime(plan.approvalDueAt)}.
            </p>
          ) : null}
          {plan.review ? (
            <p className="govuk-body-s">
              {plan.review.decision === "approve" ? "Approved" : "Changes asked for"} by {plan.review.by.name}{" "}
              on {formatDateTime(plan.review.at)}
              {plan.review.comments ? `: ${plan.review.comments}` : "."}
            </p>
          ) : null}
        </div>
      ))}
    </>
  );
}
