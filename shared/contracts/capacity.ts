import * as z from "zod";
import { tierIdSchema } from "../reference/schema.ts";

/** Places used in one year: referrals counted against a capacity (ADR 0017: counted from the stream). */
const placesSchema = z.object({ capacityPerYear: z.number().int(), used: z.number().int() });

/** A contract's capacity and the referrals counted against it this year, per intervention and in all. */
export const contractCapacitySchema = placesSchema.extend({
  /** The calendar year (Europe/London) the counts are for. */
  year: z.string(),
  interventions: z.array(
    placesSchema.extend({ interventionId: z.string(), tierId: tierIdSchema, title: z.string() }),
  ),
});
export type ContractCapacity = z.infer<typeof contractCapacitySchema>;

/** "12 of 40 places used", for a person. */
export const placesUsedText = (p: { used: number; capacityPerYear: number }) =>
  `${p.used} of ${p.capacityPerYear} ${p.capacityPerYear === 1 ? "place" : "places"} used`;
