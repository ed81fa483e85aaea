import * as z from "zod";

/** The path parameter of every route under /api/opportunities/{opportunityId}, whichever context serves it. */
export const opportunityParams = z.object({ opportunityId: z.string().min(1).max(64) });
