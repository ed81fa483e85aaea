import { withStatus } from "../platform/http/handler.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { conflict, notFound, ruleBroken } from "../platform/http/problems.ts";
import { commissionedProcurement } from "./access.ts";
import { basisOf, draftFromRecord, newDraft } from "./drafts.ts";
import { draftMarketNotice, marketRecord } from "./market.ts";
import { findNotice, noticePut, procurementNotices, publicNotice, writeAll } from "./repository.ts";
import { correctNoticeRoute } from "./routes.ts";

/**
 * Drafts a correction of a published notice: re-drafted from the record as it stands, naming the
 * notice it corrects. The original stays as published.
 */
export const handler = httpHandler(correctNoticeRoute, async ({ principal, params }) => {
  const original = await findNotice(params.noticeId);
  if (!original) throw notFound();
  const opportunity = await commissionedProcurement(principal, original.procurementId);
  if (original.status !== "published") {
    throw ruleBroken("Only a published notice can be corrected. Edit the draft instead.");
  }
  const notices = await procurementNotices(original.procurementId);
  if (notices.some((n) => n.corrects === original.id && n.status === "draft")) {
    throw conflict("A correction of this notice is already waiting for review.");
  }
  const fromContracts =
    original.kind === "contractChange" ||
    original.kind === "contractPerformance" ||
    original.kind === "contractTermination";
  // The dynamic market's notices are re-drafted from its record; a modification from the scope before it.
  const market = opportunity || fromContracts ? undefined : await marketRecord();
  const drafted = market
    ? draftMarketNotice(original.kind, notices, market, original)
    : opportunity && !fromContracts
      ? { drafted: await draftFromRecord(original.kind, opportunity), ...basisOf(original.kind, opportunity) }
      : undefined;
  // Contract management's notices are corrected from their own facts, as first drafted.
  const draft = drafted
    ? newDraft(drafted.drafted, principal.userId, {
        corrects: original.id,
        ...(drafted.basis ? { basis: drafted.basis } : {}),
      })
    : newDraft(
        {
          kind: original.kind,
          procurementId: original.procurementId,
          procurementTitle: original.procurementTitle,
          needAreaId: original.needAreaId,
          regionIds: original.regionIds,
          facts: original.facts,
          description: original.description,
          tag: original.tag,
          correctionTag: "contractUpdate",
          textAt: original.textAt,
          release: original.sections,
        },
        principal.userId,
        { corrects: original.id },
      );
  draft.description =
    `Correction of the notice published on ${original.publishedAt?.slice(0, 10) ?? ""}. ${draft.description}`.slice(
      0,
      5000,
    );
  await writeAll([noticePut(draft, 0)]);
  return withStatus(201, publicNotice(draft));
});
