import type { AuditEvent } from "#shared/audit/audit-event.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { visibleReferral } from "./access.ts";
import { listTimeline } from "./repository.ts";
import { timelineRoute } from "./routes.ts";

/** Every change to a referral, oldest first: what, who (name and role) and when. */
export const handler = httpHandler(timelineRoute, async ({ principal, params, query }) => {
  const r = await visibleReferral(principal, params.referralId);
  const page = await listTimeline(r.id, query.limit, query.cursor);
  return {
    items: page.items.map((item) => {
      const e = withoutKeys<AuditEvent>(item);
      return {
        id: e.id,
        action: e.action,
        at: e.at,
        actor: { name: e.actor.name, role: e.actor.role },
        ...(e.fromState ? { fromState: e.fromState } : {}),
        ...(e.toState ? { toState: e.toState } : {}),
        ...(e.details ? { details: e.details } : {}),
      };
    }),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
});
