import { useOpenIssues } from "../../api/contract-management.ts";
import { AppLink, Table, Tag } from "../../components/govuk/index.ts";
import { formatDate } from "../../format/format.ts";
import { levelNames } from "./ContractIssuesPage.tsx";

/**
 * Open contract issues on a provider's or commissioner's home (issue 18, item 3): each links to its
 * contract's issues, with its level and the day it must be shared by. Loaded after the home itself,
 * so the first page stays within its budget; says nothing until the list has arrived.
 */
export function OpenContractIssues() {
  const issues = useOpenIssues();
  if (!issues.data) return null;
  const open = issues.data.items;
  return (
    <section aria-labelledby="open-contract-issues" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m" id="open-contract-issues">
        Open contract issues
      </h2>
      {open.length === 0 ? (
        <p className="govuk-body">There are no open issues on your contracts.</p>
      ) : (
        <Table
          caption="Issues raised and not yet decided"
          captionSize="s"
          columns={[
            { key: "issue", header: "Issue" },
            { key: "contract", header: "Contract" },
            { key: "level", header: "Level" },
            { key: "shareBy", header: "Share by" },
          ]}
          rows={open.map((issue) => ({
            id: issue.id,
            cells: {
              issue: (
                <AppLink
                  href={`/contracts/${encodeURIComponent(issue.contractId)}/issues`}
                  className="govuk-link"
                >
                  Issue {issue.number}: {issue.title}
                </AppLink>
              ),
              contract: issue.contractReference,
              level: levelNames[issue.level],
              shareBy: issue.overdue ? (
                <>
                  {formatDate(issue.shareBy)} <Tag colour="red">Overdue to share</Tag>
                </>
              ) : issue.status === "raised" ? (
                formatDate(issue.shareBy)
              ) : (
                "Shared"
              ),
            },
          }))}
        />
      )}
    </section>
  );
}
