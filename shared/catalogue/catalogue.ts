import * as z from "zod";
import { pageQuerySchema } from "../common/pagination.ts";
import { interventionSchema } from "../contracts/contract.ts";
import { accreditedProgrammes } from "../reference/accredited-programmes.ts";
import { needAreas } from "../reference/need-areas.ts";
import { regions } from "../reference/regions.ts";
import { accreditedProgrammeSchema, tierIdSchema } from "../reference/schema.ts";

const needAreaIds = needAreas.map((n) => n.id) as [string, ...string[]];
const regionIds = regions.map((r) => r.id) as [string, ...string[]];
const pduIds = regions.flatMap((r) => r.pdus.map((p) => p.id)) as [string, ...string[]];

/** `GET /api/catalogue`: a need area in a PDU (or a whole region), narrowed by the other filters. */
export const catalogueQuerySchema = pageQuerySchema
  .extend({
    needArea: z.enum(needAreaIds, { message: "Select a need area to search the catalogue" }),
    pdu: z.enum(pduIds, { message: "Select a probation delivery unit from the list" }).optional(),
    region: z.enum(regionIds, { message: "Select a region from the list" }).optional(),
    tier: tierIdSchema.optional(),
    sex: z.enum(["female", "male"], { message: "Select female or male" }).optional(),
    youngAdults: z
      .enum(["true", "false"], { message: "Choose whether to show 18–25 services only" })
      .optional()
      .transform((v) => v === "true"),
    setting: z.enum(["community", "custody"], { message: "Select community or custody" }).optional(),
  })
  .refine((q) => q.pdu !== undefined || q.region !== undefined, {
    path: ["pdu"],
    message: "Select a probation delivery unit or a region",
  });
export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;

export const capacityStatusSchema = z.enum(["available", "limited", "full"]);
export type CapacityStatus = z.infer<typeof capacityStatusSchema>;
export const capacityStatusLabels: Record<CapacityStatus, string> = {
  available: "Taking referrals",
  limited: "Limited places",
  full: "At capacity",
};

/** Capacity this year: full at the capacity, limited once 90% of it is used. */
export function capacityStatus(referralsThisYear: number, capacityPerYear: number): CapacityStatus {
  if (referralsThisYear >= capacityPerYear) return "full";
  if (referralsThisYear >= Math.ceil(capacityPerYear * 0.9)) return "limited";
  return "available";
}

/** Whether an intervention is live on a date (YYYY-MM-DD): its contract has started and not ended. */
export const isLive = (i: { startDate: string; endDate: string }, today: string): boolean =>
  i.startDate <= today && today <= i.endDate;

/** Whether the officer should be sent to an accredited programme instead of the catalogue. */
export function signpostedProgrammes(needAreaId: string, tierId: string | undefined) {
  const area = needAreas.find((n) => n.id === needAreaId);
  if (!area || tierId === undefined || area.tiers[tierId as "low"] !== undefined) return [];
  return accreditedProgrammes.filter((p) => area.accreditedProgrammeIds.includes(p.id));
}

export const catalogueEntrySchema = interventionSchema.extend({
  referralsThisYear: z.number().int(),
  capacityStatus: capacityStatusSchema,
});
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

export const cataloguePageSchema = z.object({
  items: z.array(catalogueEntrySchema),
  nextCursor: z.string().optional(),
  /** Set when the need is met by an accredited programme rather than a bought intervention. */
  signpost: z.array(accreditedProgrammeSchema).optional(),
});
export type CataloguePage = z.infer<typeof cataloguePageSchema>;
