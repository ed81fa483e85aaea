import { referenceData } from "#shared/reference/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { getReferenceRoute } from "./routes.ts";

/** Reference data is code, not table data: it changes only with a release, so it ships with the function. */
export const handler = httpHandler(getReferenceRoute, async () => referenceData);
