import { useState } from "react";
import { useParams } from "react-router";
import { downloadCharges, useCharges } from "../../api/contract-reviews.ts";
import { useContract } from "../../api/evaluation.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { Button, Table } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatPence } from "../../format/format.ts";
import { ContractTabs } from "./ContractTabs.tsx";
import { chargesRows } from "./reviews.presenter.ts";

/** `/contracts/:contractId/charges`: referrals started each month × their tier's price — what is owed. */
export function ContractChargesPage() {
  const { contractId = "" } = useParams();
  const contract = useContract(contractId);
  const charges = useCharges(contractId);
  const [failed, setFailed] = useState(false);
  const state = settle(contract, charges);
  usePageTitle(state.title ?? `Charges for contract ${contract.data?.reference ?? ""}`.trim());
  if (!state.ready) return state.view;
  const [c, statement] = state.data;
  const download = (month: string) => {
    setFailed(false);
    downloadCharges(c.id, c.reference, month).catch(() => setFailed(true));
  };
  return (
    <>
      <BackLink href="/contracts" />
      <PageHeading caption={`Contract ${c.reference}`}>Charges</PageHeading>
      <ContractTabs contract={c} current="/charges" />
      <p className="govuk-body">
        Each referral is charged once, in the month its initial assessment was attended, at its tier's price
        in the terms it was sent under. No payments are made here: this is what is owed. Total{" "}
        {formatPence(statement.totalPence)}.
      </p>
      {failed ? (
        <p className="govuk-error-message" role="alert">
          The CSV could not be downloaded. Try again.
        </p>
      ) : null}
      {statement.months.length === 0 ? (
        <p className="govuk-body">No referral under this contract has started yet.</p>
      ) : (
        <Table
          caption="Charges by month"
          captionSize="m"
          firstCellIsHeader
          columns={[
            { key: "month", header: "Month" },
            { key: "started", header: "Referrals started", numeric: true },
            { key: "tiers", header: "By tier" },
            { key: "amount", header: "Amount", numeric: true },
            { key: "csv", header: "Download" },
          ]}
          rows={chargesRows(statement, formatPence).map((r) => ({
            id: r.id,
            cells: {
              ...r,
              csv: (
                <Button variant="secondary" onClick={() => download(r.month)}>
                  CSV<span className="govuk-visually-hidden"> for {r.month}</span>
                </Button>
              ),
            },
          }))}
        />
      )}
    </>
  );
}
