import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useParams } from "react-router";
import type { Contract } from "#shared/contracts/contract.ts";
import {
  type OpenContractReferral,
  type TransferTarget,
  transferReferralSchema,
} from "#shared/contracts/transfer.ts";
import { transferReferral, useOpenContractReferrals } from "../../api/contract-management.ts";
import { useContract } from "../../api/evaluation.ts";
import { useMe } from "../../api/queries.ts";
import { BackLink, WarningText } from "../../components/govuk/journey.ts";
import { Button, InsetText, NotificationBanner, Table, Tag } from "../../components/govuk/index.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDate, formatDateTime } from "../../format/format.ts";
import { FormSelect } from "../../forms/fields.tsx";
import { FormErrorSummary } from "../../forms/FormErrorSummary.tsx";
import { GovForm } from "../../forms/GovForm.tsx";
import { useGovForm } from "../../forms/use-gov-form.ts";
import { tierNames } from "../opportunities/labels.ts";
import { ContractTabs } from "./ContractTabs.tsx";
import { completionText, pastCompletionText, targetsFor } from "./open-referrals.ts";

/** The commissioner moves one referral to another live contract, chosen from those that can take it. */
function TransferForm({
  contract,
  referral,
  targets,
  onMoved,
}: {
  contract: Contract;
  referral: OpenContractReferral;
  targets: TransferTarget[];
  onMoved: (text: string) => void;
}) {
  const queryClient = useQueryClient();
  const label = referral.reference ?? "this referral";
  const id = `transfer-${referral.id}`;
  const form = useGovForm({
    schema: transferReferralSchema,
    defaultValues: { toContractId: "" },
    toRequest: (v: { toContractId: string }) => ({ toContractId: v.toContractId, version: referral.version }),
    fields: { toContractId: `#${id}` },
  });
  const options = targetsFor(referral, targets);
  const onSubmit = form.submit(async (body) => {
    await transferReferral(contract.id, referral.id, body);
    const to = options.find((o) => o.value === body.toContractId)?.text ?? "the new contract";
    onMoved(`Referral ${label} transferred to ${to}`);
    await queryClient.invalidateQueries({ queryKey: ["contracts"] });
  });
  if (options.length === 0)
    return (
      <p className="govuk-body">
        No live contract for this need area covers {referral.pdu} at this tier: it completes under this
        contract.
      </p>
    );
  return (
    <GovForm form={form} onSubmit={onSubmit} aria-label={`Transfer referral ${label}`}>
      <FormErrorSummary errors={form.errors} />
      <FormSelect
        name="toContractId"
        id={id}
        label={`Transfer referral ${label} to`}
        labelClassName="govuk-label--s"
        items={[{ value: "", text: "Choose a contract" }, ...options]}
      />
      <Button type="submit" variant="secondary" disabled={form.busy}>
        Transfer referral {label}
      </Button>
    </GovForm>
  );
}

/**
 * `/contracts/:contractId/referrals`: the contract's open referrals. Once it is terminated each may
 * complete under it until the date set, or the commissioner moves it to another live contract.
 */
export function ContractReferralsPage() {
  const { contractId = "" } = useParams();
  const contract = useContract(contractId);
  const open = useOpenContractReferrals(contractId);
  const me = useMe();
  const [moved, setMoved] = useState<string>();
  const state = settle(contract, open, me);
  usePageTitle(state.title ?? `Open referrals on contract ${contract.data?.reference ?? ""}`.trim());
  if (!state.ready) return state.view;
  const [c, list, who] = state.data;
  const note = completionText(c.status, list.completeUntil, formatDate);
  const overdue = pastCompletionText(list.completeUntil, list.pastCompleteUntil, formatDate);
  const transfers = c.status === "terminated" && who.user.role === "commissioner";
  return (
    <>
      <BackLink href="/contracts" />
      {moved ? <NotificationBanner type="success" heading={moved} /> : null}
      <PageHeading caption={`Contract ${c.reference}`}>Open referrals</PageHeading>
      <ContractTabs contract={c} current="/referrals" />
      {note ? <InsetText>{note}</InsetText> : null}
      {overdue ? <WarningText>{overdue}</WarningText> : null}
      {list.items.length === 0 ? (
        <p className="govuk-body">This contract has no open referrals.</p>
      ) : (
        <Table
          caption="Referrals not yet completed"
          captionSize="s"
          firstCellIsHeader
          columns={[
            { key: "reference", header: "Referral" },
            { key: "tier", header: "Tier" },
            { key: "pdu", header: "Delivery unit" },
            { key: "officer", header: "Responsible officer" },
            { key: "sent", header: "Sent" },
            ...(overdue ? [{ key: "due", header: "Completion date" }] : []),
          ]}
          rows={list.items.map((r) => ({
            id: r.id,
            cells: {
              reference: r.reference ?? "Not yet sent",
              tier: tierNames[r.tierId],
              pdu: r.pdu,
              officer: r.officerName,
              sent: r.sentAt ? formatDateTime(r.sentAt) : "",
              due: <Tag colour="red">Past: transfer it</Tag>,
            },
          }))}
        />
      )}
      {transfers
        ? list.items.map((r) => (
            <TransferForm key={r.id} contract={c} referral={r} targets={list.targets} onMoved={setMoved} />
          ))
        : null}
    </>
  );
}
