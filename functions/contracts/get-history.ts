import type { AuditEvent } from "#shared/audit/audit-event.ts";
import { auditKeys } from "../platform/data/audit.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { queryPage } from "../platform/data/query-page.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { getContractHistoryRoute } from "./change-routes.ts";
import { contractFor } from "./management-repository.ts";

/** At most this many events on the history page; a contract's life has tens, not hundreds. */
const maxEvents = 500;

/** A contract's history: its audit trail in order (created, every change, issue step and termination). */
export const handler = httpHandler(getContractHistoryRoute, async ({ principal, params }) => {
  const contract = await contractFor(principal, params.contractId);
  const items: AuditEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage<Record<string, unknown>>({
      partition: auditKeys.trail("contract", contract.id),
      limit: 100,
      cursor,
    });
    items.push(...page.items.map((i) => withoutKeys<AuditEvent>(i)));
    cursor = page.nextCursor;
  } while (cursor && items.length < maxEvents);
  return { items };
});
