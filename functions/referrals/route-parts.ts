import * as z from "zod";
import { pathId } from "#shared/http/path-id.ts";
import { referralSchema } from "#shared/referrals/referral.ts";

/* What every referral route file shares: the context, the callers, the referral id parameter. */

/** The bounded context every referral route belongs to. */
export const context = "referrals";
/** Who may call a route. */
export const officer = ["responsible-officer"] as const;
export const provider = ["provider"] as const;
export const both = ["responsible-officer", "provider"] as const;
/** A 200 answering with the referral. */
export const ok = (description: string) => ({ status: 200, description, schema: referralSchema });

// Any id that is not a referral the caller may see is simply not found (404), malformed or not.
export const referralParams = z.object({
  referralId: pathId("referral"),
});
