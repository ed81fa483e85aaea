import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { repoRoot } from "#infra/local/stack.ts";
import { type BundleFigure, measureBundles } from "./bundles.ts";
import { measureRanking } from "./ranking.ts";
import { measureReadFigures } from "./read-figures.ts";
import { printTable } from "./report.ts";
import { startBenchStack } from "./stack.ts";
import { goals, goalText, judge, judged } from "./goals.ts";
import { ms, ratio } from "./stats.ts";
import { measureThroughput } from "./throughput.ts";
import { measureWeb } from "./web.ts";

/**
 * `npm run bench`: starts the local stack on scratch data (DynamoDB Local in memory — on disk, loading
 * 100,000 items takes longer than the whole run may — and S3 in a temporary folder), loads data,
 * measures, prints and writes bench/results/latest.json. It never asserts on time.
 *
 * `npm run bench -- throughput bundles` runs only the parts named (reads, throughput, bundles, web,
 * ranking), to iterate on one figure; a part run alone starts from the demo seed, so its figures are
 * comparable with each other, not with a full run's (throughput there follows 100,000 loaded items).
 */
const parts = ["reads", "throughput", "bundles", "web", "ranking"] as const;
const asked = process.argv.slice(2);
const unknown = asked.filter((a) => !(parts as readonly string[]).includes(a));
if (unknown.length) throw new Error(`Unknown bench part ${unknown.join(", ")}: use ${parts.join(", ")}.`);
const wants = (part: (typeof parts)[number]) => asked.length === 0 || asked.includes(part);

const started = performance.now();
const results: Record<string, unknown> = { startedAt: new Date().toISOString(), parts: asked };
if (wants("reads") || wants("throughput")) {
  const stack = await startBenchStack();
  try {
    if (wants("reads")) await measureReadFigures(stack, results);
    if (wants("throughput")) {
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
            [`goal ${goalText(goals.throughput)}`]: judge(
              goals.throughput,
              "mixed read/write workload",
              throughput.requestsPerSecond,
              throughput.errors === 0 &&
                throughput.non2xx === 0 &&
                throughput.acceptedButMissing === 0 &&
                throughput.storedButNeverSent === 0,
            ),
          },
        ],
      );
      results.throughput = throughput;
    }
  } finally {
    await stack.stop();
  }
}

if (wants("bundles")) {
  console.log("\nBundling each function…");
  const bundles = await measureBundles();
  const [empty, sdk] = bundles as [BundleFigure, BundleFigure];
  // The first two rows are yardsticks, not functions: they are shown, not judged.
  const judged = (b: BundleFigure) => b !== empty && b !== sdk;
  printTable(
    "Cold start proxy (one Lambda per bounded context)",
    "Minified bundle size of each function as the CDK stack builds it, and the median time to import it in a fresh Node process, against an empty handler's and the AWS SDK's DynamoDB clients' alone (loaded from node_modules, as the layer loads them); 'own code ms' is the same import with the SDK and Node modules it uses already loaded.",
    bundles.map((b) => ({
      function: b.name,
      "size KB": Math.round(b.bytes / 1024),
      [`size goal ${goalText(goals.bundleKb)}`]: judged(b)
        ? judge(goals.bundleKb, b.name, Math.round(b.bytes / 1024))
        : "",
      "import ms": ms(b.importMs),
      [`import goal ${goalText(goals.importMs)}`]: judged(b)
        ? judge(goals.importMs, b.name, ms(b.importMs))
        : "",
      "own code ms": ms(b.ownImportMs),
      "vs empty handler": ratio(b.importMs, empty.importMs),
    })),
  );
  results.bundles = bundles;
}

if (wants("web")) {
  console.log("\nBuilding the web app…");
  const web = measureWeb();
  printTable(
    "Web (gzipped, first page of each role)",
    "What a browser downloads before a role's first page can render: JavaScript and CSS, gzipped, from the Vite build manifest. Both count: the page is not styled until its CSS has arrived.",
    web.map((w) => ({
      page: w.page,
      "JS KB gz": Math.round(w.jsGzipBytes / 1024),
      "CSS KB gz": Math.round(w.cssGzipBytes / 1024),
      "JS + CSS KB gz": Math.round((w.jsGzipBytes + w.cssGzipBytes) / 1024),
      // The goal is for first pages; the heaviest page of each area is measured to be seen, not judged.
      [`goal ${goalText(goals.firstPageKb)}`]:
        w.kind === "first page"
          ? judge(goals.firstPageKb, w.page, Math.round((w.jsGzipBytes + w.cssGzipBytes) / 1024))
          : "",
    })),
  );
  results.web = web;
}

if (wants("ranking")) {
  const ranking = await measureRanking();
  printTable(
    "Evaluation",
    "Time to go from 200 bids × 10 questions × 3 evaluators' scores to a ranking with its working (spread per answer, moderated scores, price scores, totals, order): a pure function, in process.",
    [{ "p50 ms": ms(ranking.p50), "p99 ms": ms(ranking.p99), runs: ranking.samples }],
  );
  results.ranking = ranking;
}

const verdicts = judged();
printTable(
  "Goals",
  `Every figure judged above, beside its goal: ${verdicts.filter((v) => v.met).length} met, ${verdicts.filter((v) => !v.met).length} missed. A ratio is judged on its median (p50); throughput also needs 0 errors and 0 lost writes.`,
  verdicts.map((v) => ({
    figure: v.figure,
    of: v.subject,
    measured: v.measured,
    goal: v.goal,
    result: v.met ? "met" : "MISSED",
  })),
);
results.goals = verdicts;

results.durationSeconds = Math.round((performance.now() - started) / 1000);
mkdirSync(join(repoRoot, "bench", "results"), { recursive: true });
// A partial run does not overwrite the full run's figures.
const file = asked.length ? `partial-${asked.join("-")}.json` : "latest.json";
writeFileSync(join(repoRoot, "bench", "results", file), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nDone in ${results.durationSeconds} s. Figures written to bench/results/${file}.`);
