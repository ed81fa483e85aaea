import { QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { dashboardContractKind, monthPrefix, regionPartition } from "#functions/performance/items.ts";
import { appliedRecord, countUpdates } from "#functions/performance/repository.ts";
import { referralKind } from "#functions/referrals/items.ts";
import type { LocalStack } from "#infra/local/stack.ts";
import { type Contribution, contribution, splitCell } from "#shared/performance/contribution.ts";
import { writeItems } from "./load.ts";
import type { ReadScenario } from "./reads.ts";
import { callerRead, signIn } from "./reads.ts";

const contractId = "contract-bridge-accommodation";
const day = 86_400_000;
const person = { userId: "user-provider-bridge", name: "Priya Shah" };

/** The counted parts of a referral to Bridge Housing's contract, somewhere in the last twelve months. */
const benchReferral = (i: number, now: Date) => {
  // Within the last 300 days, so every one falls inside the dashboard's default twelve months.
  const sent = now.getTime() - ((i * 7919) % 300) * day;
  const ended = i % 3 !== 0;
  // The key and type only: a backfilled referral is counted, not listed in anyone's inbox.
  return {
    ...referralKind.key({ id: `bench-dashboard-${i}` }),
    type: referralKind.type,
    id: `bench-dashboard-${i}`,
    version: 1,
    status: ended ? (i % 5 === 0 ? "withdrawn" : "completed") : "in-progress",
    contractId,
    organisationId: "org-bridge-housing",
    needAreaId: "accommodation",
    pdu: i % 2 ? "camden-and-islington" : "hackney-and-city",
    sentAt: new Date(sent).toISOString(),
    caseworker: person,
    firstContact: {
      contactedAt: new Date(sent + (i % 4) * day).toISOString(),
      method: "phone",
      recordedBy: person,
    },
    assessment: { changes: [], completedAt: new Date(sent + (3 + (i % 12)) * day).toISOString() },
    sessions: [],
    ...(ended && i % 5 === 0
      ? { withdrawal: { reasonId: "not-engaged", at: new Date(sent + 20 * day).toISOString(), by: person } }
      : {}),
    ...(ended && i % 5 !== 0 ? { completedAt: new Date(sent + 30 * day).toISOString() } : {}),
  };
};

/**
 * Adds `count` referrals to Bridge Housing's contract as a backfill would: the referral items, the
 * consumer's "already counted" records, and the aggregate rows computed by the same contribution
 * function the stream consumer uses; then the consumer carries on from the newest change. (Counting
 * 100,000 referrals one stream record at a time would take the local consumer longer than the whole
 * benchmark may run; the property test proves the two ways agree.)
 */
export const backfillReferrals = async (stack: LocalStack, from: number, count: number) => {
  const now = new Date();
  const referrals = Array.from({ length: count }, (_, k) => benchReferral(from + k, now));
  const sums = new Map<string, { c: Contribution; month: string; cells: Record<string, number> }>();
  const markers = referrals.map((r) => {
    const c = contribution(r as never)!;
    for (const [key, n] of Object.entries(c.cells)) {
      const { month, name } = splitCell(key);
      const id = `${c.dimensions.regionId}|${month}`;
      const sum = sums.get(id) ?? { c, month, cells: {} };
      sum.cells[name] = (sum.cells[name] ?? 0) + n;
      sums.set(id, sum);
    }
    return appliedRecord(r.id, r.version, c);
  });
  await stack.jobs.backfill(async () => {
    await writeItems(stack.db, stack.tableName, [...markers, ...referrals]);
    for (const { c, month, cells } of sums.values()) {
      for (const update of countUpdates(c.dimensions, month, cells)) {
        await stack.db.send(new UpdateCommand(update.Update!));
      }
    }
  });
};

/** Helen Carter's dashboard for Bridge Housing's contract over twelve months, and its raw Queries. */
export const dashboardScenario = async (
  stack: LocalStack,
): Promise<ReadScenario & { received: () => Promise<number> }> => {
  const helen = await signIn(stack, "user-commissioner-london");
  const url = `${stack.gatewayUrl}/api/performance/dashboard?contractId=${contractId}`;
  const read = async () => {
    const res = await fetch(url, { headers: { authorization: `Bearer ${helen}` } });
    if (!res.ok) throw new Error(`dashboard answered ${res.status}`);
    return (await res.json()) as { totals: { received: number }; applied: { from: string; to: string } };
  };
  const { applied } = await read();
  return {
    name: "Dashboard, one contract over 12 months (commissioner)",
    throughGateway: read,
    // The caller's staff record, then the handler's two Queries per region of the commissioner: the
    // contracts listed, the month rows.
    rawDynamo: async () => {
      await callerRead(stack, "user-commissioner-london");
      return Promise.all(
        ["london", "kent-surrey-sussex"].flatMap((region) => [
          stack.db.send(
            new QueryCommand({
              TableName: stack.tableName,
              KeyConditionExpression: "pk = :pk AND begins_with(sk, :p)",
              ExpressionAttributeValues: {
                ":pk": regionPartition(region),
                ":p": dashboardContractKind.skPrefix,
              },
            }),
          ),
          stack.db.send(
            new QueryCommand({
              TableName: stack.tableName,
              KeyConditionExpression: "pk = :pk AND sk BETWEEN :a AND :b",
              ExpressionAttributeValues: {
                ":pk": regionPartition(region),
                ":a": monthPrefix(applied.from),
                ":b": `${monthPrefix(applied.to)}#~`,
              },
            }),
          ),
        ]),
      );
    },
    received: async () => (await read()).totals.received,
  };
};
