import * as z from "zod";
import { pathId } from "../http/path-id.ts";

/** The path parameter of every route under /api/opportunities/{opportunityId}, whichever context serves it. */
export const opportunityParams = z.object({ opportunityId: pathId("opportunity") });
