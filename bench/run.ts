import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { freePort } from "#infra/local/ports.ts";
import { repoRoot, startLocalStack } from "#infra/local/stack.ts";
import { measureBundles } from "./bundles.ts";
import { loadFiller } from "./load.ts";
import { readScenarios } from "./reads.ts";
import { printTable } from "./report.ts";
import { type Latency, measure, ms, ratio } from "./stats.ts";
import { measureThroughput } from "./throughput.ts";
import { measureWeb } from "./web.ts";

/**
 * `npm run bench`: starts the local stack on scratch data (DynamoDB Local in memory — on disk, loading
 * 100,000 items takes longer than the whole run may — and S3 in a temporary folder), loads data,
 * measures, prints and writes bench/results/latest.json. It never asserts on time.
 */
const started = performance.now();
const stack = await startLocalStack({
  gatewayPort: await freePort(),
  dynamoPort: await freePort(),
  s3Port: await freePort(),
  fresh: true,
  logLevel: "ERROR",
});
const results: Record<string, unknown> = { startedAt: new Date().toISOString() };

try {
  const seeded = 40;
  const small = 1_000;
  const large = 100_000;
  console.log(`Loading ${small.toLocaleString()} items…`);
  let loaded = await loadFiller(stack.db, stack.tableName, small - seeded);
  const scenarios = await readScenarios(stack);

  const measureAll = async () => {
    const figures: { name: string; gateway: Latency; raw: Latency }[] = [];
    for (const s of scenarios)
      figures.push({
        name: s.name,
        gateway: await measure(s.throughGateway),
        raw: await measure(s.rawDynamo),
      });
    return figures;
  };
  const atSmall = await measureAll();
  printTable(
    "Overhead ratio (1,000 items)",
    "Latency through the local gateway and handler divided by the same DynamoDB Local calls made directly, in this run. 1.0 would mean the portal adds nothing.",
    atSmall.map((f) => ({
      read: f.name,
      "gateway p50 ms": ms(f.gateway.p50),
      "raw p50 ms": ms(f.raw.p50),
      "p50 ratio": ratio(f.gateway.p50, f.raw.p50),
      "gateway p99 ms": ms(f.gateway.p99),
      "raw p99 ms": ms(f.raw.p99),
      "p99 ratio": ratio(f.gateway.p99, f.raw.p99),
    })),
  );

  console.log(`\nLoading up to ${large.toLocaleString()} items…`);
  const loadStart = performance.now();
  loaded += await loadFiller(stack.db, stack.tableName, large - small, loaded);
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
    })),
  );
  results.reads = { items: { small, large: seeded + loaded }, atSmall, atLarge };

  console.log("\nRunning 50 clients for 20 s…");
  const throughput = await measureThroughput(stack);
  printTable(
    "Throughput (50 concurrent clients, 20 s, 1 write in 10)",
    "Requests per second the local stack served on this machine (load generator in the same process), errors, and the count check: every accepted write is in the table (0 missing) and nothing else is (0 never sent). Writes whose answer was cut off when the 20 s ran out may be stored either way.",
    [
      {
        "requests/s": throughput.requestsPerSecond,
        requests: throughput.requests,
        errors: throughput.errors,
        "non-2xx": throughput.non2xx,
        "writes sent": throughput.writesSent,
        "writes accepted": throughput.writesAccepted,
        "accepted but missing": throughput.acceptedButMissing,
        "stored but never sent": throughput.storedButNeverSent,
        "stored, answer cut off at 20 s": throughput.inFlightAtStop,
      },
    ],
  );
  results.throughput = throughput;
} finally {
  await stack.stop();
}

console.log("\nBundling each function…");
const bundles = await measureBundles();
const empty = bundles[0]!;
printTable(
  "Cold start proxy (one Lambda per bounded context)",
  "Minified bundle size of each function as the CDK stack builds it, and the median time to import it in a fresh Node process, against an empty handler's.",
  bundles.map((b) => ({
    function: b.name,
    "size KB": Math.round(b.bytes / 1024),
    "import ms": ms(b.importMs),
    "vs empty handler": ratio(b.importMs, empty.importMs),
  })),
);
results.bundles = bundles;

console.log("\nBuilding the web app…");
const web = measureWeb();
printTable(
  "Web (gzipped, first page of each role)",
  "What a browser downloads before a role's first page can render: JavaScript and CSS, gzipped, from the Vite build manifest.",
  web.map((w) => ({
    page: w.page,
    "JS KB gz": Math.round(w.jsGzipBytes / 1024),
    "CSS KB gz": Math.round(w.cssGzipBytes / 1024),
  })),
);
results.web = web;

printTable(
  "Not measured yet",
  "These figures join the report as their features land: one referral and the provider inbox (issue 5), catalogue search (issue 5), a dashboard read (issue 6), ranking 200 bids × 10 questions × 3 evaluators (issue 4).",
  [],
);

results.durationSeconds = Math.round((performance.now() - started) / 1000);
mkdirSync(join(repoRoot, "bench", "results"), { recursive: true });
writeFileSync(join(repoRoot, "bench", "results", "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nDone in ${results.durationSeconds} s. Figures written to bench/results/latest.json.`);
