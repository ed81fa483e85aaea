import * as z from "zod";
import { buyer, type DraftedNotice, gbp, pounds, supplierSchema } from "./draft.ts";

/**
 * Notices from contract management (change, performance, termination), drafted from plain facts the
 * contracts context hands over, so it needs nothing of this context but `draftNotice`.
 */
const contractFacts = z.object({
  opportunityId: z.string().max(64),
  procurementTitle: z.string().max(200),
  needAreaId: z.string().max(64).optional(),
  regionIds: z.array(z.string().max(64)).max(12),
  contractId: z.string().max(64),
  contractReference: z.string().max(64),
  supplier: supplierSchema,
});

/** A change agreed to a contract, above the threshold that needs a notice. */
export const contractChangeFactsSchema = contractFacts.extend({
  changeId: z.string().max(64),
  agreedAt: z.iso.datetime(),
  summary: z.string().max(2000),
  valueBeforePence: z.number().int().min(0).optional(),
  valueAfterPence: z.number().int().min(0).optional(),
});
export type ContractChangeFacts = z.infer<typeof contractChangeFactsSchema>;

/** A confirmed performance rating against one key performance indicator. */
export const contractPerformanceFactsSchema = contractFacts.extend({
  ratingId: z.string().max(64),
  indicator: z.string().max(200),
  rating: z.enum(["good", "approaching-target", "requires-improvement", "inadequate"]),
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  confirmedAt: z.iso.datetime(),
});
export type ContractPerformanceFacts = z.infer<typeof contractPerformanceFactsSchema>;

/** A contract ended early. */
export const contractTerminationFactsSchema = contractFacts.extend({
  terminatedAt: z.iso.datetime(),
  reason: z.string().max(2000),
});
export type ContractTerminationFacts = z.infer<typeof contractTerminationFactsSchema>;

const ratingNames = {
  good: "Good",
  "approaching-target": "Approaching target",
  "requires-improvement": "Requires improvement",
  inadequate: "Inadequate",
} as const;
// OCDS milestone statuses: a good rating is a target met, the rest not (or partly) met.
const milestoneStatus = {
  good: "met",
  "approaching-target": "partiallyMet",
  "requires-improvement": "notMet",
  inadequate: "notMet",
} as const;

const common = (f: z.infer<typeof contractFacts>) => ({
  procurementId: f.opportunityId,
  procurementTitle: f.procurementTitle,
  needAreaId: f.needAreaId,
  regionIds: f.regionIds,
});
const base = (f: z.infer<typeof contractFacts>) => [
  { label: "Contract", value: f.contractReference },
  { label: "Supplier", value: f.supplier.name },
];
const parties = (f: z.infer<typeof contractFacts>) => [
  { ...buyer, roles: ["buyer", "procuringEntity"] },
  { ...f.supplier, roles: ["supplier"] },
];

/** A contract change notice. */
export const draftContractChange = (f: ContractChangeFacts): DraftedNotice => ({
  kind: "contractChange",
  ...common(f),
  facts: [
    ...base(f),
    { label: "Change agreed", value: f.agreedAt },
    ...(f.valueBeforePence !== undefined
      ? [{ label: "Value before", value: pounds(f.valueBeforePence) }]
      : []),
    ...(f.valueAfterPence !== undefined ? [{ label: "Value after", value: pounds(f.valueAfterPence) }] : []),
  ],
  description: f.summary,
  tag: "contractAmendment",
  correctionTag: "contractUpdate",
  textAt: "contracts",
  release: {
    parties: parties(f),
    buyer,
    contracts: [
      {
        id: f.contractReference,
        awardID: `${f.opportunityId}-award-${f.supplier.id}`,
        ...(f.valueAfterPence !== undefined ? { value: gbp(f.valueAfterPence) } : {}),
        amendments: [{ id: f.changeId, date: f.agreedAt, description: f.summary }],
      },
    ],
  },
});

/** A contract performance notice. */
export const draftContractPerformance = (f: ContractPerformanceFacts): DraftedNotice => ({
  kind: "contractPerformance",
  ...common(f),
  facts: [
    ...base(f),
    { label: "Indicator", value: f.indicator },
    { label: "Rating", value: ratingNames[f.rating] },
    { label: "Period", value: `${f.periodStart} to ${f.periodEnd}` },
  ],
  description: `${f.indicator}: ${ratingNames[f.rating]} for ${f.periodStart} to ${f.periodEnd}.`,
  tag: "implementation",
  correctionTag: "implementationUpdate",
  textAt: "contracts",
  release: {
    parties: parties(f),
    buyer,
    contracts: [
      {
        id: f.contractReference,
        awardID: `${f.opportunityId}-award-${f.supplier.id}`,
        implementation: {
          milestones: [
            {
              id: f.ratingId,
              title: f.indicator,
              type: "reporting",
              status: milestoneStatus[f.rating],
              dateMet: f.confirmedAt,
              description: `Rated ${ratingNames[f.rating]} for ${f.periodStart} to ${f.periodEnd}.`,
            },
          ],
        },
      },
    ],
  },
});

/** A contract termination notice. */
export const draftContractTermination = (f: ContractTerminationFacts): DraftedNotice => ({
  kind: "contractTermination",
  ...common(f),
  facts: [...base(f), { label: "Terminated", value: f.terminatedAt }],
  description: f.reason,
  tag: "contractTermination",
  correctionTag: "contractUpdate",
  textAt: "contracts",
  release: {
    parties: parties(f),
    buyer,
    contracts: [
      {
        id: f.contractReference,
        awardID: `${f.opportunityId}-award-${f.supplier.id}`,
        status: "terminated",
        period: { endDate: f.terminatedAt },
      },
    ],
  },
});
