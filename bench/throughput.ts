import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import autocannon from "autocannon";
import { questionKind } from "#functions/clarifications/items.ts";
import type { LocalStack } from "#infra/local/stack.ts";
import { demoOpportunityId, signIn } from "./reads.ts";

export interface Throughput {
  requestsPerSecond: number;
  requests: number;
  errors: number;
  non2xx: number;
  writesSent: number;
  writesAccepted: number;
  /** Accepted writes missing from the table: must be 0. */
  acceptedButMissing: number;
  /** Writes in the table that were never sent: must be 0. */
  storedButNeverSent: number;
  /** Sent when the 20 s ran out, so no answer was read; stored or not, either is correct. */
  inFlightAtStop: number;
}

const marker = /^Benchmark question (\d+):/;

/** The numbers of the benchmark's questions stored under the demo opportunity. */
const storedQuestions = async (stack: LocalStack) => {
  const numbers = new Set<number>();
  let start: Record<string, unknown> | undefined;
  do {
    const page = await stack.db.send(
      new QueryCommand({
        TableName: stack.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :q)",
        ExpressionAttributeValues: {
          ":pk": questionKind.pk({ opportunityId: demoOpportunityId }),
          ":q": questionKind.skPrefix,
        },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? []) {
      const n = marker.exec(String(item.question))?.[1];
      if (n) numbers.add(Number(n));
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return numbers;
};

/**
 * 50 clients for 20 seconds on a mixed workload (reads of an opportunity and the list, and one write in
 * ten: a clarification question), then a count check: every accepted write is in the table, nothing else.
 */
export const measureThroughput = async (stack: LocalStack, seconds = 20): Promise<Throughput> => {
  const token = await signIn(stack, "user-provider-bridge");
  const accepted = new Set<number>();
  let n = 0;
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const read = { method: "GET" as const, path: `/api/opportunities/${demoOpportunityId}`, headers };
  const list = { method: "GET" as const, path: "/api/opportunities?region=london&status=open", headers };
  const write = {
    method: "POST" as const,
    path: `/api/opportunities/${demoOpportunityId}/questions`,
    headers,
    setupRequest: (request: Record<string, unknown>) => ({
      ...request,
      body: JSON.stringify({ question: `Benchmark question ${(n += 1)}: can sessions be held by phone?` }),
    }),
    // Each question carries its number, so an answer says exactly which write it accepted.
    onResponse: (status: number, body: string) => {
      const number = marker.exec(String((JSON.parse(body || "{}") as { question?: string }).question))?.[1];
      if (status >= 200 && status < 300 && number) accepted.add(Number(number));
    },
  };
  const result = await autocannon({
    url: stack.gatewayUrl,
    connections: 50,
    duration: seconds,
    requests: [read, read, list, read, read, write, read, list, read, read],
  });
  // Let requests still in flight when the clock ran out finish before counting.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const stored = await storedQuestions(stack);
  const answered = accepted.size;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    writesSent: n,
    writesAccepted: answered,
    acceptedButMissing: [...accepted].filter((x) => !stored.has(x)).length,
    storedButNeverSent: [...stored].filter((x) => x < 1 || x > n).length,
    inFlightAtStop: [...stored].filter((x) => !accepted.has(x)).length,
  };
};
