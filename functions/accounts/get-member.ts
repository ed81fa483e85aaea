import { listOpenCases } from "../referrals/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { memberOfMine } from "./manage.ts";
import { getMemberRoute } from "./people-routes.ts";

/** One member of the administrator's organisation, with the open referrals that would block their removal. */
export const handler = httpHandler(getMemberRoute, async ({ principal, params }) => {
  const m = await memberOfMine(principal, params.userId);
  return {
    userId: m.userId,
    name: m.name,
    email: m.email,
    roles: m.roles,
    version: m.version,
    openCases: await listOpenCases(m.userId),
  };
});
