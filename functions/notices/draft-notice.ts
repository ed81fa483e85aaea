import { findEvaluationRecord } from "../evaluation/index.ts";
import { withStatus } from "../platform/http/handler.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, ruleBroken } from "../platform/http/problems.ts";
import { commissionedProcurement } from "./access.ts";
import { basisOf, draftFromRecord, newDraft } from "./drafts.ts";
import { dueNotices } from "./due.ts";
import { draftMarketNotice, marketRecord } from "./market.ts";
import { noticePut, procurementNotices, publicNotice, writeAll } from "./repository.ts";
import { draftNoticeRoute } from "./routes.ts";

/** Drafts a notice the record says is due; a draft of that kind already open is a 409. */
export const handler = httpHandler(draftNoticeRoute, async ({ principal, params, body }) => {
  const opportunity = await commissionedProcurement(principal, params.procurementId);
  const notices = await procurementNotices(params.procurementId);
  if (notices.some((n) => n.kind === body.kind && n.status === "draft")) {
    throw conflict("A draft of this notice is already waiting for review. Open it from the notices page.");
  }
  const record = opportunity ? await findEvaluationRecord(opportunity.id) : undefined;
  // The dynamic market's own notices are drafted from its record (announced end, scope), not a competition's.
  const market = opportunity ? undefined : await marketRecord();
  if (
    !dueNotices(params.procurementId, notices, opportunity, record, market).some((d) => d.kind === body.kind)
  ) {
    throw ruleBroken(
      "This notice is not due: the procurement has not reached that point, or it has one already.",
    );
  }
  let draft;
  if (opportunity) {
    draft = newDraft(
      await draftFromRecord(body.kind, opportunity),
      principal.userId,
      basisOf(body.kind, opportunity),
    );
  } else {
    const { drafted, basis } = draftMarketNotice(body.kind, notices, market!);
    draft = newDraft(drafted, principal.userId, { basis });
  }
  await writeAll([noticePut(draft, 0)]);
  return withStatus(201, publicNotice(draft));
});
