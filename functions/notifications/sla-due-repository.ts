import { tableName } from "../platform/data/dynamo.ts";
import { queryPage } from "../platform/data/query-page.ts";
import type { TransactItem } from "../platform/data/transact.ts";
import { slaDueKind, slaDuePartition } from "./items.ts";

/** An open SLA clock of a referral, filed under the London date it is due. */
export interface SlaDue {
  referralId: string;
  clockId: string;
  dueAt: string;
}

/** The transaction items that make the due index hold `next` instead of `previous` for one referral. */
export const slaDueChanges = (previous: SlaDue[], next: SlaDue[]): TransactItem[] => {
  const id = (c: SlaDue) => `${c.dueAt}#${c.referralId}#${c.clockId}`;
  const keep = new Set(next.map(id));
  const had = new Set(previous.map(id));
  return [
    ...previous
      .filter((c) => !keep.has(id(c)))
      .map((c): TransactItem => ({ Delete: { TableName: tableName(), Key: slaDueKind.key(c) } })),
    ...next
      .filter((c) => !had.has(id(c)))
      .map((c): TransactItem => ({
        Put: {
          TableName: tableName(),
          Item: slaDueKind.item(c, c),
        },
      })),
  ];
};

/** The open clocks due on a London date between two instants (inclusive), every page of them. */
export const slaDueBetween = async (date: string, from: string, to: string): Promise<SlaDue[]> => {
  const due: SlaDue[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage<Record<string, unknown>>({
      partition: slaDuePartition(date),
      sortCondition: "#sk BETWEEN :from AND :to",
      values: { ":from": from, ":to": `${to}#~` },
      limit: 100,
      cursor,
    });
    due.push(
      ...page.items.map((i) => ({
        referralId: String(i.referralId),
        clockId: String(i.clockId),
        dueAt: String(i.dueAt),
      })),
    );
    cursor = page.nextCursor;
  } while (cursor);
  return due;
};
