import { useParams } from "react-router";
import { useHistory, useTerms } from "../../api/contract-management.ts";
import { useContract } from "../../api/evaluation.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { Table } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDate, formatDateTime, formatPence } from "../../format/format.ts";
import { ContractTabs } from "./ContractTabs.tsx";

/** Audit actions as people read them. */
const actionText: Record<string, string> = {
  "contract-created": "Contract created",
  "contract-change-proposed": "Change proposed",
  "contract-change-mandated": "Mandatory change issued",
  "contract-change-comment": "Comment on a change",
  "contract-change-clarification-request": "Clarification asked for",
  "contract-change-clarification": "Clarification given",
  "contract-change-decided": "Change decided",
  "contract-change-applied": "New terms in effect",
  "contract-issue-raised": "Issue raised",
  "contract-issue-share": "Issue report shared",
  "contract-issue-comment": "Comment on an issue",
  "contract-issue-escalate": "Issue escalated",
  "contract-issue-decide": "Issue decided",
  "contract-terminated": "Contract terminated",
  "contract-expired": "Contract expired",
};

/** `/contracts/:contractId/history`: every version of the terms, and everything that happened, in order. */
export function ContractHistoryPage() {
  const { contractId = "" } = useParams();
  const contract = useContract(contractId);
  const history = useHistory(contractId);
  const terms = useTerms(contractId);
  const state = settle(contract, history, terms);
  usePageTitle(state.title ?? `History of contract ${contract.data?.reference ?? ""}`.trim());
  if (!state.ready) return state.view;
  const [c, events, versions] = state.data;
  const tierTitle = (id: string) => c.interventions.find((i) => i.id === id)?.title ?? "A tier";
  return (
    <>
      <BackLink href="/contracts" />
      <PageHeading caption={`Contract ${c.reference}`}>History</PageHeading>
      <ContractTabs contract={c} current="/history" />
      <Table
        caption="Terms as at each date"
        firstCellIsHeader
        columns={[
          { key: "from", header: "In force from" },
          { key: "tiers", header: "Prices and capacity" },
          { key: "end", header: "End date" },
        ]}
        rows={versions.versions.map((v) => ({
          id: String(v.version),
          cells: {
            from: formatDate(v.effectiveFrom),
            tiers: v.tiers
              .map(
                (t) =>
                  `${tierTitle(t.interventionId)}: ${formatPence(t.pricePerReferralPence)}, ${t.capacityPerYear} a year`,
              )
              .join("; "),
            end: formatDate(v.endDate),
          },
        }))}
      />
      <Table
        caption="What happened"
        firstCellIsHeader
        columns={[
          { key: "at", header: "When" },
          { key: "what", header: "What" },
          { key: "who", header: "Who" },
        ]}
        rows={events.items.map((e) => ({
          id: e.id,
          cells: { at: formatDateTime(e.at), what: actionText[e.action] ?? e.action, who: e.actor.name },
        }))}
      />
    </>
  );
}
