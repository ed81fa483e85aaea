import { restrictionInputSchema } from "#shared/referrals/restriction.ts";
import { action } from "./delivery-routes.ts";
import { officer } from "./route-parts.ts";

/* Restricting who may see a person's referrals (issue 17, item 5; ADR 0031). */

export const restrictRoute = {
  ...action(
    "restrictPerson",
    "restriction",
    "restrict",
    "Restrict who may see the person's referrals (people and teams allowed, people excluded); naming nobody lifts it",
    restrictionInputSchema,
    officer,
  ),
  method: "PUT",
} as const;
