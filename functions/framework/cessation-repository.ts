import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Principal } from "#shared/auth/principal.ts";
import type { AnnounceCessation, Cessation } from "#shared/framework/cessation.ts";
import { marketStatusOn } from "#shared/framework/market-status.ts";
import { formatCalendarDate } from "#shared/time/calendar-date.ts";
import { londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { auditPut } from "../platform/data/audit.ts";
import { db, tableName } from "../platform/data/dynamo.ts";
import { withoutKeys } from "../platform/data/item.ts";
import { failedConditions, transact } from "../platform/data/transact.ts";
import { conflict, notFound, ruleBroken } from "../platform/http/problems.ts";
import { cessationKind } from "./items.ts";

/** The stored announcement of the market's end. */
export interface StoredCessation {
  closesOn: string;
  reason: string;
  announcedAt: string;
  announcedBy: string;
}

const key = cessationKind.key({});

/** The announced end of the dynamic market, if any (one GetItem). */
export const findCessation = async (): Promise<StoredCessation | undefined> => {
  const result = await db().send(new GetCommand({ TableName: tableName(), Key: key }));
  return result.Item ? withoutKeys<StoredCessation>(result.Item) : undefined;
};

/** The market's state as people read it, today in London. */
export const cessationView = (stored: StoredCessation | undefined, at = now()): Cessation =>
  stored
    ? {
        status: marketStatusOn(stored.closesOn, londonDate(at)),
        closesOn: stored.closesOn,
        reason: stored.reason,
        announcedAt: stored.announcedAt,
      }
    : { status: "open" };

/**
 * Refuses (422) what the market no longer does from its closing date on: `what` finishes the sentence
 * "It no longer …".
 */
export const requireMarketOpen = async (what: string): Promise<void> => {
  const stored = await findCessation();
  if (stored && cessationView(stored).status === "closed") {
    throw ruleBroken(
      `The dynamic market closed on ${formatCalendarDate(stored.closesOn)}. It no longer ${what}.`,
    );
  }
};

const audit = (actor: Principal, action: string, closesOn: string) =>
  auditPut(actor, {
    entityType: "framework",
    entityId: "market",
    action,
    details: { closesOn },
  });

/** Announces the end, once: a second announcement (or a race) is 409. */
export const announceCessation = async (actor: Principal, input: AnnounceCessation): Promise<Cessation> => {
  const stored: StoredCessation = {
    ...input,
    announcedAt: now().toISOString(),
    announcedBy: actor.userId,
  };
  try {
    await transact([
      {
        Put: {
          TableName: tableName(),
          Item: cessationKind.item({}, stored),
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      audit(actor, "framework-cessation-announced", input.closesOn),
    ]);
  } catch (error) {
    if (failedConditions(error)) {
      throw conflict("The end of the dynamic market has already been announced. Reload the page to see it.");
    }
    throw error;
  }
  return cessationView(stored);
};

/** Withdraws the announced end, only before its date and only the announcement read. */
export const withdrawCessation = async (actor: Principal): Promise<Cessation> => {
  const stored = await findCessation();
  if (!stored) throw notFound("The end of the dynamic market has not been announced.");
  if (cessationView(stored).status === "closed") {
    throw ruleBroken(
      `The dynamic market closed on ${formatCalendarDate(stored.closesOn)}: its end can no longer be withdrawn.`,
    );
  }
  try {
    await transact([
      {
        Delete: {
          TableName: tableName(),
          Key: key,
          ConditionExpression: "announcedAt = :at",
          ExpressionAttributeValues: { ":at": stored.announcedAt },
        },
      },
      audit(actor, "framework-cessation-withdrawn", stored.closesOn),
    ]);
  } catch (error) {
    if (failedConditions(error)) throw conflict();
    throw error;
  }
  return { status: "open" };
};
