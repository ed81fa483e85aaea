import { findEvaluationRecord } from "../evaluation/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { commissionedProcurement } from "./access.ts";
import { dueNotices } from "./due.ts";
import { marketRecord } from "./market.ts";
import { procurementNotices, publicNotice } from "./repository.ts";
import { listProcurementNoticesRoute } from "./routes.ts";

/** A procurement's notices (drafts too) and the notices the record says are now due. */
export const handler = httpHandler(listProcurementNoticesRoute, async ({ principal, params }) => {
  const opportunity = await commissionedProcurement(principal, params.procurementId);
  const notices = await procurementNotices(params.procurementId);
  const record = opportunity ? await findEvaluationRecord(opportunity.id) : undefined;
  const market = opportunity ? undefined : await marketRecord();
  return {
    procurementId: params.procurementId,
    items: notices.map(publicNotice),
    due: dueNotices(params.procurementId, notices, opportunity, record, market),
  };
});
