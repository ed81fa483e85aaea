import { withStatus } from "../platform/http/handler.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { publicCache } from "./public.ts";
import { publicRegisterRoute } from "./public-routes.ts";
import { registerPage } from "./register.ts";

/** A page of the public register, newest first. */
export const handler = httpHandler(publicRegisterRoute, async ({ query }) => {
  const { limit, ...filters } = query;
  return withStatus(200, await registerPage(filters, limit), publicCache);
});
