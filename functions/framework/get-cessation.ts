import { httpHandler } from "../platform/http/handler.ts";
import { cessationView, findCessation } from "./cessation-repository.ts";
import { getCessationRoute } from "./routes.ts";

/** Whether the dynamic market is open, closing or closed: the framework pages' banner reads it. */
export const handler = httpHandler(getCessationRoute, async () => cessationView(await findCessation()));
