import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { db, tableName } from "../platform/data/dynamo.ts";
import { type ItemChange, streamHandler } from "../platform/jobs/stream-handler.ts";
import { draftExpiryKind } from "./items.ts";

/** How long before a draft's removal its officer is warned. */
export const draftWarningDays = 7;

/** When a draft referral image will be removed and when its warning is due, or undefined if it is not a draft. */
export const draftExpiry = (image: Record<string, unknown> | undefined) => {
  if (!image || image.status !== "draft" || typeof image.expiresAt !== "number") return undefined;
  const expiresAt = new Date(image.expiresAt * 1000);
  const warnAt = new Date(expiresAt.getTime() - draftWarningDays * 86_400_000);
  return { referralId: String(image.id), expiresAt: expiresAt.toISOString(), warnAt: warnAt.toISOString() };
};

/**
 * Files a draft under the day its warning is due, once, when it is created: the removal time never
 * moves (it runs from when the draft was started), so a redelivered change writes the same item. A
 * sent draft's entry stays until its own TTL; the warning job skips it.
 */
export const indexDraftExpiry = async (change: ItemChange): Promise<void> => {
  const draft = draftExpiry(change.newImage);
  if (!draft || draftExpiry(change.oldImage)) return;
  await db().send(new PutCommand({ TableName: tableName(), Item: draftExpiryKind.item(draft, draft) }));
};

export const handler = streamHandler(indexDraftExpiry, "draftExpiryIndex");
