import { useParams } from "react-router";
import type { ContractChange } from "#shared/contracts/change.ts";
import type { Contract } from "#shared/contracts/contract.ts";
import { useChanges } from "../../api/contract-management.ts";
import { useContract } from "../../api/evaluation.ts";
import { useMe } from "../../api/queries.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { ButtonLink, SummaryList, Table, Tag } from "../../components/govuk/index.ts";
import { FlashBanner } from "../../components/page/FlashBanner.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDate, formatDateTime, formatPence } from "../../format/format.ts";
import { DecideForm, RespondForm } from "./ChangeForms.tsx";
import { ContractTabs } from "./ContractTabs.tsx";

const statusText = {
  proposed: "Proposed",
  agreed: "Agreed, not yet in effect",
  applied: "In effect",
  rejected: "No change",
};
const outcomeText = {
  "as-proposed": "Amended as proposed",
  "as-modified": "Amended as modified",
  "no-change": "No change",
};

/** What a change alters, in words. */
const describe = (c: Contract, change: ContractChange) => {
  const terms = change.notice?.agreedTerms ?? change.terms;
  const tierTitle = (id: string) => c.interventions.find((i) => i.id === id)?.title ?? "A tier";
  return [
    ...(terms.tiers ?? []).flatMap((t) => [
      ...(t.pricePerReferralPence !== undefined
        ? [`${tierTitle(t.interventionId)}: ${formatPence(t.pricePerReferralPence)} per referral`]
        : []),
      ...(t.capacityPerYear !== undefined
        ? [`${tierTitle(t.interventionId)}: ${t.capacityPerYear} referrals a year`]
        : []),
    ]),
    ...(terms.pduIds ? [`Delivery units: ${terms.pduIds.length}`] : []),
    ...(terms.endDate ? [`End date: ${formatDate(terms.endDate)}`] : []),
    ...(terms.serviceDescription ? [`Description: ${terms.serviceDescription}`] : []),
  ].join("; ");
};

function ChangeDetails({
  contract,
  change,
  role,
}: {
  contract: Contract;
  change: ContractChange;
  role: string;
}) {
  const live = !contract.status || contract.status === "live";
  return (
    <section aria-labelledby={`noc-${change.number}`} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={`noc-${change.number}`}>
        NoC {change.number}{" "}
        <Tag {...(change.kind === "mandatory" ? { colour: "orange" as const } : {})}>
          {change.kind === "mandatory" ? "Mandatory" : "Discretionary"}
        </Tag>
      </h2>
      <SummaryList
        rows={[
          { key: "Proposed by", value: `${change.proposedBy.name}, ${formatDateTime(change.proposedAt)}` },
          { key: "What changes", value: describe(contract, change) },
          { key: "Why", value: change.reason },
          ...(change.businessCase ? [{ key: "Business case", value: change.businessCase }] : []),
          { key: "Takes effect", value: formatDate(change.effectiveDate) },
          { key: "Status", value: statusText[change.status] },
          ...(change.decision
            ? [
                {
                  key: "Decision",
                  value: `${outcomeText[change.decision.outcome]}: ${change.decision.reason} (${change.decision.by.name})`,
                },
              ]
            : []),
        ]}
      />
      {change.responses.length ? (
        <>
          <h3 className="govuk-heading-s">Responses</h3>
          <ul className="govuk-list">
            {change.responses.map((r) => (
              <li key={r.at}>
                <p className="govuk-body govuk-!-margin-bottom-1">{r.text}</p>
                <span className="govuk-hint">
                  {r.by.name}, {formatDateTime(r.at)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {live && change.status === "proposed" ? (
        <RespondForm contract={contract} change={change} proposer={change.proposedBy.role === role} />
      ) : null}
      {live && change.status === "proposed" && role === "commissioner" ? (
        <DecideForm contract={contract} change={change} />
      ) : null}
      {role === "provider" &&
      change.status !== "proposed" &&
      change.issueWindowEndsAt &&
      new Date(change.issueWindowEndsAt) > new Date() ? (
        <ButtonLink href={`/contracts/${contract.id}/issues/new?change=${change.id}`} variant="secondary">
          Raise an issue about NoC {change.number}
        </ButtonLink>
      ) : null}
    </section>
  );
}

/** `/contracts/:contractId/changes`: the change register (seed 003 §8.2) and each change's responses and decision. */
export function ContractChangesPage() {
  const { contractId = "" } = useParams();
  const contract = useContract(contractId);
  const changes = useChanges(contractId);
  const me = useMe();
  const state = settle(contract, changes, me);
  usePageTitle(state.title ?? `Changes to contract ${contract.data?.reference ?? ""}`.trim());
  if (!state.ready) return state.view;
  const [c, register, who] = state.data;
  const live = !c.status || c.status === "live";
  return (
    <>
      <BackLink href="/contracts" />
      <FlashBanner />
      <PageHeading caption={`Contract ${c.reference}`}>Changes</PageHeading>
      <ContractTabs contract={c} current="/changes" />
      {live ? <ButtonLink href={`/contracts/${c.id}/changes/new`}>Propose a change</ButtonLink> : null}
      <Table
        caption="Change register"
        captionSize="m"
        firstCellIsHeader
        columns={[
          { key: "noc", header: "Notice" },
          { key: "kind", header: "Kind" },
          { key: "by", header: "Proposed by" },
          { key: "effective", header: "Takes effect" },
          { key: "outcome", header: "Outcome" },
        ]}
        rows={register.items.map((ch) => ({
          id: ch.id,
          cells: {
            noc: `NoC ${ch.number}`,
            kind: ch.kind === "mandatory" ? "Mandatory" : "Discretionary",
            by: ch.proposedBy.name,
            effective: formatDate(ch.effectiveDate),
            outcome: ch.decision ? outcomeText[ch.decision.outcome] : statusText[ch.status],
          },
        }))}
      />
      {[...register.items].reverse().map((ch) => (
        <ChangeDetails key={ch.id} contract={c} change={ch} role={who.user.role} />
      ))}
    </>
  );
}
