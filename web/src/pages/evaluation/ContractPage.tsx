import { useParams } from "react-router";
import { useContract } from "../../api/evaluation.ts";
import { useReference } from "../../api/queries.ts";
import { referenceLookup } from "../../api/reference-lookup.ts";
import { SummaryCard, SummaryList } from "../../components/govuk/index.ts";
import { BackLink } from "../../components/govuk/journey.ts";
import { PageHeading } from "../../components/page/PageHeading.tsx";
import { usePageTitle } from "../../components/page/page-title.ts";
import { settle } from "../../components/page/query-state.tsx";
import { formatDate, formatPence } from "../../format/format.ts";
import { tierNames } from "../opportunities/labels.ts";

/** `/contracts/:contractId`: a contract and its live interventions, one per awarded tier. */
export function ContractPage() {
  const { contractId = "" } = useParams();
  const contract = useContract(contractId);
  const reference = useReference();
  const state = settle(contract, reference);
  usePageTitle(state.title ?? `Contract ${contract.data?.reference ?? ""}`.trim());
  if (!state.ready) return state.view;
  const [c, ref] = state.data;
  const lookup = referenceLookup(ref);
  const pdus = (ids: string[]) => ids.map((id) => lookup.pdu(id)?.pdu.name ?? id).join(", ");
  return (
    <>
      <BackLink href="/contracts" />
      <PageHeading caption={c.opportunityTitle}>Contract {c.reference}</PageHeading>
      <SummaryList
        rows={[
          { key: "Provider", value: c.organisationName },
          { key: "Need area", value: lookup.needArea(c.needAreaId)?.name ?? c.needAreaId },
          { key: "Regions", value: c.regionIds.map((id) => lookup.region(id)?.name ?? id).join(", ") },
          { key: "Probation delivery units", value: pdus(c.pduIds) },
          { key: "Capacity", value: `${c.capacityPerYear} referrals a year` },
          { key: "Runs", value: `${formatDate(c.startDate)} to ${formatDate(c.endDate)}` },
        ]}
      />
      <h2 className="govuk-heading-m">Live interventions</h2>
      {c.interventions.map((i) => (
        <SummaryCard
          key={i.id}
          title={`${tierNames[i.tierId]}: ${i.title}`}
          rows={[
            { key: "Price per referral", value: formatPence(i.pricePerReferralPence) },
            { key: "Capacity", value: `${i.capacityPerYear} referrals a year` },
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
