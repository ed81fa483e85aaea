import { DescribeTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { performance } from "node:perf_hooks";
import type { LocalStack } from "#infra/local/stack.ts";
import { backfillReferrals, dashboardScenario } from "./dashboard.ts";
import { loadFiller } from "./load.ts";
import { measureNotices } from "./notices.ts";
import { catalogueScenario, readScenarios, signIn } from "./reads.ts";
import { loadInterventions, sendReferral } from "./referrals.ts";
import { printTable } from "./report.ts";
import { goals, goalText, judge } from "./goals.ts";
import { type Latency, measure, measurePair, ms, ratio } from "./stats.ts";

/** How many items the table holds (DynamoDB Local keeps this count exact). */
async function itemCount(s: LocalStack) {
  const client = new DynamoDBClient({
    endpoint: s.dynamoEndpoint,
    region: "eu-west-2",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  const { Table } = await client.send(new DescribeTableCommand({ TableName: s.tableName }));
  client.destroy();
  return Table?.ItemCount ?? 0;
}

/**
 * The bench's reads (`npm run bench -- reads`): overhead ratios at 1,000 items, the catalogue, the public
 * record and the dashboard at two scales, and the scale ratios at 100,000 items. Adds its figures to `results`.
 */
export const measureReadFigures = async (stack: LocalStack, results: Record<string, unknown>) => {
  const seeded = await itemCount(stack);
  const small = 1_000;
  const large = 100_000;
  console.log(`Loading ${small.toLocaleString()} items…`);
  let loaded = await loadFiller(stack.db, stack.tableName, small - seeded);
  // A full first page of referrals in the inbox, sent through the API as an officer would.
  const referralIds: string[] = [];
  for (let i = 0; i < 20; i += 1) referralIds.push(await sendReferral(stack));
  const scenarios = await readScenarios(stack, referralIds[0]!);

  const measureAll = async () => {
    const figures: { name: string; gateway: Latency; raw: Latency }[] = [];
    for (const s of scenarios) {
      const { a: gateway, b: raw } = await measurePair(s.throughGateway, s.rawDynamo);
      figures.push({ name: s.name, gateway, raw });
    }
    return figures;
  };
  const atSmall = await measureAll();
  printTable(
    "Overhead ratio (1,000 items)",
    "Latency through the local gateway and handler divided by the same DynamoDB work (the caller's own record that the pipeline reads, the same reads, and the same audit write for audited reads) done directly, sample by sample in alternation, in this run. 1.0 would mean the portal adds nothing.",
    atSmall.map((f) => ({
      read: f.name,
      "gateway p50 ms": ms(f.gateway.p50),
      "raw p50 ms": ms(f.raw.p50),
      "p50 ratio": ratio(f.gateway.p50, f.raw.p50),
      [`goal ${goalText(goals.overhead)}`]: judge(goals.overhead, f.name, ratio(f.gateway.p50, f.raw.p50)),
      "gateway p99 ms": ms(f.gateway.p99),
      "raw p99 ms": ms(f.raw.p99),
      "p99 ratio": ratio(f.gateway.p99, f.raw.p99),
    })),
  );

  // The catalogue with 100 live interventions in the searched partition, then with 10,000.
  const officer = await signIn(stack, "user-officer-camden");
  const catalogue = catalogueScenario(stack, officer);
  loaded += await loadInterventions(stack.db, stack.tableName, 97);
  const catalogueAt100 = await measure(catalogue.throughGateway);
  loaded += await loadInterventions(stack.db, stack.tableName, 9_900, 97);
  const catalogueAt10k = await measure(catalogue.throughGateway);
  printTable(
    "Catalogue scale ratio (10,000 live interventions vs 100)",
    "The first page of a catalogue search with 10,000 live interventions in the searched PDU and need area divided by with 100. Near 1.0 means the search reads a page, not the catalogue.",
    [
      {
        read: catalogue.name,
        "p50 ms @100": ms(catalogueAt100.p50),
        "p50 ms @10,000": ms(catalogueAt10k.p50),
        "p50 ratio": ratio(catalogueAt10k.p50, catalogueAt100.p50),
        "p99 ratio": ratio(catalogueAt10k.p99, catalogueAt100.p99),
        [`goal ${goalText(goals.scale)}`]: judge(
          goals.scale,
          "catalogue, 10,000 ÷ 100 interventions",
          ratio(catalogueAt10k.p50, catalogueAt100.p50),
        ),
      },
    ],
  );
  results.catalogue = { at100: catalogueAt100, at10k: catalogueAt10k };

  // The public record with 100 published notices, then 10,000 (issue 20).
  const notices = await measureNotices(stack);
  loaded += notices.items;
  results.notices = { at100: notices.at100, at10k: notices.at10k };

  // The dashboard with 1,000 referrals to the contract behind it (seeded and sent ones included).
  await stack.jobs.settle();
  const dashboard = await dashboardScenario(stack);
  const smallReferrals = 1_000;
  await backfillReferrals(stack, 0, smallReferrals - (await dashboard.received()));
  const dashboardAt1k = {
    received: await dashboard.received(),
    ...(await measurePair(dashboard.throughGateway, dashboard.rawDynamo).then((p) => ({
      gateway: p.a,
      raw: p.b,
    }))),
  };

  console.log(`\nLoading up to ${large.toLocaleString()} items…`);
  const loadStart = performance.now();
  await loadFiller(stack.db, stack.tableName, large - loaded - seeded, loaded);
  const loadSeconds = Math.round((performance.now() - loadStart) / 1000);
  const atLarge = await measureAll();
  printTable(
    "Scale ratio (100,000 items vs 1,000)",
    `The same reads with 100,000 items in the table divided by with 1,000 (loading took ${loadSeconds} s). Near 1.0 means reads do not grow with the data: every one is a key lookup or an indexed Query.`,
    atLarge.map((f, i) => ({
      read: f.name,
      "p50 ms @1k": ms(atSmall[i]!.gateway.p50),
      "p50 ms @100k": ms(f.gateway.p50),
      "p50 ratio": ratio(f.gateway.p50, atSmall[i]!.gateway.p50),
      "p99 ratio": ratio(f.gateway.p99, atSmall[i]!.gateway.p99),
      [`goal ${goalText(goals.scale)}`]: judge(
        goals.scale,
        f.name,
        ratio(f.gateway.p50, atSmall[i]!.gateway.p50),
      ),
    })),
  );
  results.reads = { items: { small, large: await itemCount(stack) }, atSmall, atLarge };

  console.log("\nAdding referrals for the dashboard…");
  const largeReferrals = 100_000;
  await backfillReferrals(stack, smallReferrals, largeReferrals - (await dashboard.received()));
  const dashboardAt100k = {
    received: await dashboard.received(),
    ...(await measurePair(dashboard.throughGateway, dashboard.rawDynamo).then((p) => ({
      gateway: p.a,
      raw: p.b,
    }))),
  };
  printTable(
    "Dashboard scale ratio (100,000 referrals vs 1,000)",
    "A commissioner's dashboard for one contract over 12 months with 100,000 referrals to that contract behind it, divided by with 1,000; and the same read against its raw DynamoDB Queries. The referrals beyond those sent through the API are written as a backfill would write them (the referral items, the consumer's counted records and the aggregate rows, computed by the stream consumer's own contribution function). Near 1.0 means the read does not grow with referrals.",
    [
      {
        read: dashboard.name,
        "referrals counted @1k": dashboardAt1k.received,
        "referrals counted @100k": dashboardAt100k.received,
        "p50 ms @1k": ms(dashboardAt1k.gateway.p50),
        "p50 ms @100k": ms(dashboardAt100k.gateway.p50),
        "p50 ratio": ratio(dashboardAt100k.gateway.p50, dashboardAt1k.gateway.p50),
        "p99 ratio": ratio(dashboardAt100k.gateway.p99, dashboardAt1k.gateway.p99),
        "overhead p50 ratio @100k": ratio(dashboardAt100k.gateway.p50, dashboardAt100k.raw.p50),
        [`scale goal ${goalText(goals.scale)}`]: judge(
          goals.scale,
          dashboard.name,
          ratio(dashboardAt100k.gateway.p50, dashboardAt1k.gateway.p50),
        ),
        [`overhead goal ${goalText(goals.overhead)}`]: judge(
          goals.overhead,
          `${dashboard.name} @100k`,
          ratio(dashboardAt100k.gateway.p50, dashboardAt100k.raw.p50),
        ),
      },
    ],
  );
  results.dashboard = { at1k: dashboardAt1k, at100k: dashboardAt100k };
};
