import { useParams } from "react-router";
import { placesUsedText } from "#shared/contracts/capacity.ts";
import { useContractCapacity } from "../../api/contract-management.ts";
import { useContract } from "../../api/evaluation.ts";
import { useMe, useReference } from "../../api/queries.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { ButtonLink, SummaryCard, SummaryList } from "../../components/govuk/index.ts";
import { FlashBanner } from "../../components/page/FlashBanner.tsx";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDate, formatPence } from "../../format/format.ts";
import { ContractTabs } from "../contracts/ContractTabs.tsx";
import { tierNames } from "../opportunities/labels.ts";

const statusText = { live: "Live", terminated: "Terminated", expired: "Expired" } as const;

/** `/contracts/:contractId`: a contract and its live interventions, one per awarded tier. */
export function ContractPage() {
  const { contractId = "" } = useParams();
  const contract = useContract(contractId);
  const reference = useReference();
  const me = useMe();
  const capacity = useContractCapacity(contractId);
  const state = settle(contract, reference, me, capacity);
  usePageTitle(state.title ?? `Contract ${contract.data?.reference ?? ""}`.trim());
  if (!state.ready) return state.view;
  const [c, ref, who, places] = state.data;
  const usedBy = (id: string) => places.interventions.find((p) => p.interventionId === id);
  const live = !c.status || c.status === "live";
  const lookup = referenceLookup(ref);
  const pdus = (ids: string[]) => ids.map((id) => lookup.pdu(id)?.pdu.name ?? id).join(", ");
  return (
    <>
      <BackLink href="/contracts" />
      <FlashBanner />
      <PageHeading caption={c.opportunityTitle}>Contract {c.reference}</PageHeading>
      <ContractTabs contract={c} current="" />
      <SummaryList
        rows={[
          { key: "Status", value: statusText[c.status ?? "live"] },
          ...(c.termination
            ? [
                {
                  key: "Termination",
                  value: `From ${formatDate(c.termination.effectiveDate)}: ${c.termination.detail} Referrals already sent may complete until ${formatDate(c.termination.completeUntil)}.`,
                },
              ]
            : []),
          ...(c.serviceDescription ? [{ key: "Service description", value: c.serviceDescription }] : []),
          { key: "Provider", value: c.organisationName },
          { key: "Need area", value: lookup.needArea(c.needAreaId)?.name ?? c.needAreaId },
          { key: "Regions", value: c.regionIds.map((id) => lookup.region(id)?.name ?? id).join(", ") },
          { key: "Probation delivery units", value: pdus(c.pduIds) },
          { key: "Capacity", value: `${c.capacityPerYear} referrals a year` },
          { key: `Referrals in ${places.year}`, value: placesUsedText(places) },
          { key: "Runs", value: `${formatDate(c.startDate)} to ${formatDate(c.endDate)}` },
        ]}
      />
      {live && who.user.role === "commissioner" ? (
        <ButtonLink href={`/contracts/${c.id}/terminate`} variant="warning">
          Terminate the contract
        </ButtonLink>
      ) : null}
      <h2 className="govuk-heading-m">Live interventions</h2>
      {c.interventions.map((i) => (
        <SummaryCard
          key={i.id}
          title={`${tierNames[i.tierId]}: ${i.title}`}
          rows={[
            { key: "Price per referral", value: formatPence(i.pricePerReferralPence) },
            { key: "Capacity", value: `${i.capacityPerYear} referrals a year` },
            {
              key: `Referrals in ${places.year}`,
              value: placesUsedText(usedBy(i.id) ?? { used: 0, capacityPerYear: i.capacityPerYear }),
            },
            { key: "Sessions", value: `${i.sessions} sessions of ${i.sessionMinutes} minutes` },
            { key: "Assess & Plan", value: i.assessAndPlan },
            { key: "Implement", value: i.implement },
            { key: "Review & Evaluate", value: i.reviewAndEvaluate },
            { key: "Probation delivery units", value: pdus(i.pduIds) },
          ]}
        />
      ))}
    </>
  );
}
