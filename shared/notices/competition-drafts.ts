import type { OcdsInput } from "../ocds/release.ts";
import { ocdsReleasePackage } from "../ocds/release.ts";
import { performanceTargets } from "../reference/performance-targets.ts";
import { findNeedArea, findRegion } from "../reference/index.ts";
import { formatDeadline } from "../time/format-deadline.ts";
import { buyer, type DraftedNotice, kpiThresholdPence, pounds } from "./draft.ts";
import type { NoticeKind } from "./notice.ts";

/**
 * Notices of a call-off competition, drafted from the same facts as its OCDS export (the tender, awards
 * and contracts sections are built once, in shared/ocds/release.ts) and cut to what each notice says.
 * Only what the authority publishes: never bid content, other bidders' scores or a person's name.
 */
type Release = Record<string, unknown> & { tender: Record<string, unknown> };

const releaseOf = (input: OcdsInput): Release => ocdsReleasePackage(input).releases[0] as unknown as Release;

const names = (input: OcdsInput) => ({
  needArea: findNeedArea(input.opportunity.needAreaId)?.name ?? input.opportunity.needAreaId,
  regions: input.opportunity.regionIds.map((r) => findRegion(r)?.name ?? r).join(", "),
});

const common = (input: OcdsInput) => ({
  procurementId: input.opportunity.id,
  procurementTitle: input.opportunity.title,
  needAreaId: input.opportunity.needAreaId,
  regionIds: input.opportunity.regionIds,
});

const tenderFacts = (input: OcdsInput) => {
  const o = input.opportunity;
  const { needArea, regions } = names(input);
  return [
    { label: "Need area", value: needArea },
    { label: "Regions", value: regions },
    ...(o.budgetCeilingPence !== undefined
      ? [{ label: "Budget ceiling", value: pounds(o.budgetCeilingPence) }]
      : []),
    ...(o.clarificationDeadline
      ? [{ label: "Clarification questions by", value: formatDeadline(o.clarificationDeadline) }]
      : []),
    ...(o.submissionDeadline ? [{ label: "Bids by", value: formatDeadline(o.submissionDeadline) }] : []),
    ...(o.contractStart && o.contractEnd
      ? [{ label: "Contract period", value: `${o.contractStart} to ${o.contractEnd}` }]
      : []),
  ];
};

// The tender as a tender (change) notice publishes it: no enquiries, statistics or awards yet.
const tenderSection = (input: OcdsInput) => {
  const {
    enquiries: _e,
    numberOfTenderers: _n,
    hasEnquiries: _h,
    ...tender
  } = releaseOf({
    ...input,
    enquiries: [],
    submittedBidCount: undefined,
    evaluation: undefined,
    contracts: [],
  }).tender;
  return tender;
};

const parties = (release: Release) => ({ parties: release.parties, buyer: release.buyer });

/** A competition's notice of `kind`, drafted from its current record. */
export const draftCompetitionNotice = (
  kind: Extract<
    NoticeKind,
    "tender" | "tenderChange" | "contractAward" | "contractDetails" | "procurementTermination"
  >,
  input: OcdsInput,
): DraftedNotice => {
  const o = input.opportunity;
  const release = releaseOf(input);
  switch (kind) {
    case "tender":
    case "tenderChange":
      return {
        kind,
        ...common(input),
        facts: tenderFacts(input),
        description: o.description ?? o.title,
        tag: kind === "tender" ? "tender" : "tenderUpdate",
        correctionTag: "tenderAmendment",
        textAt: "tender",
        release: {
          parties: [{ ...buyer, roles: ["buyer", "procuringEntity"] }],
          buyer,
          tender: tenderSection(input),
        },
      };
    case "contractAward": {
      const awarded = input.evaluation?.awarded ?? [];
      return {
        kind,
        ...common(input),
        facts: [
          ...awarded.map((a) => ({
            label: "Awarded to",
            value: `${a.organisationName}${a.estimatedValuePence !== undefined ? `, estimated value ${pounds(a.estimatedValuePence)}` : ""}`,
          })),
          ...(input.submittedBidCount !== undefined
            ? [{ label: "Bids received", value: String(input.submittedBidCount) }]
            : []),
          { label: "Standstill period", value: "8 working days from the publication of this notice" },
        ],
        description: `The contract is awarded to ${awarded.map((a) => a.organisationName).join(" and ")}.`,
        tag: "award",
        correctionTag: "awardUpdate",
        textAt: "awards",
        release: {
          ...parties(release),
          tender: {
            id: o.id,
            title: o.title,
            status: "complete",
            ...(input.submittedBidCount !== undefined ? { numberOfTenderers: input.submittedBidCount } : {}),
          },
          ...(release.bids ? { bids: release.bids } : {}),
          awards: release.awards ?? [],
        },
      };
    }
    case "contractDetails": {
      const values = new Map(
        (input.evaluation?.awarded ?? []).map((a) => [a.organisationId, a.estimatedValuePence ?? 0]),
      );
      const kpis = performanceTargets.filter((t) => !t.needAreaId || t.needAreaId === o.needAreaId);
      const large = input.contracts.filter((c) => (values.get(c.organisationId) ?? 0) > kpiThresholdPence);
      return {
        kind,
        ...common(input),
        facts: [
          ...input.contracts.map((c) => ({
            label: `Contract ${c.reference}`,
            value: `${c.organisationName}, ${c.startDate} to ${c.endDate}${values.get(c.organisationId) ? `, estimated value ${pounds(values.get(c.organisationId)!)}` : ""}`,
          })),
          ...(large.length
            ? [
                {
                  label: "Key performance indicators",
                  value: kpis.map((k) => `${k.measure}: ${k.percent}%`).join("; "),
                },
              ]
            : []),
        ],
        description: `Contracts entered into for ${o.title}.`,
        tag: "contract",
        correctionTag: "contractUpdate",
        textAt: "contracts",
        release: {
          ...parties(release),
          contracts: ((release.contracts ?? []) as Record<string, unknown>[]).map((c) => {
            const contract = input.contracts.find((x) => x.reference === c.id);
            const isLarge = contract && large.includes(contract);
            return isLarge
              ? {
                  ...c,
                  implementation: {
                    milestones: kpis.map((k) => ({
                      id: k.id,
                      title: `${k.measure}: ${k.percent}%`,
                      type: "reporting",
                      status: "scheduled",
                    })),
                  },
                }
              : c;
          }),
        },
      };
    }
    case "procurementTermination":
      return {
        kind,
        ...common(input),
        facts: [
          { label: "Need area", value: names(input).needArea },
          { label: "Regions", value: names(input).regions },
        ],
        description: o.cancelReason ?? "The procurement has been terminated.",
        tag: "tenderCancellation",
        correctionTag: "tenderAmendment",
        textAt: "tender",
        release: { ...parties(release), tender: { id: o.id, title: o.title, status: "cancelled" } },
      };
  }
};

export { draftDynamicMarketEstablishment } from "./market-drafts.ts";
