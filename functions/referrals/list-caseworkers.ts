import { httpHandler } from "../platform/http/handler.ts";
import { listCaseworkers } from "./caseworkers.ts";
import { listCaseworkersRoute } from "./routes.ts";

/** The caller's organisation's caseworkers (names only; no e-mail addresses leave the table). */
export const handler = httpHandler(listCaseworkersRoute, async ({ principal }) => ({
  items: (await listCaseworkers(principal.organisationId ?? "")).map(({ userId, name }) => ({
    userId,
    name,
  })),
}));
