import { newDraft } from "#functions/notices/drafts.ts";
import { noticeKind } from "#functions/notices/items.ts";
import { registerEntryPuts } from "#functions/notices/register.ts";
import type { StoredNotice } from "#functions/notices/repository.ts";
import type { LocalStack } from "#infra/local/stack.ts";
import { draftDynamicMarketEstablishment } from "#shared/notices/competition-drafts.ts";
import { publishedRelease } from "#shared/notices/releases.ts";
import { goals, goalText, judge } from "./goals.ts";
import { writeItems } from "./load.ts";
import { printTable } from "./report.ts";
import { type Latency, measure, ms, ratio } from "./stats.ts";

const template = draftDynamicMarketEstablishment();
// Old enough that the measured notice and the newest page stay the same whatever is loaded after.
const base = Date.UTC(2020, 0, 1);

/** `count` published notices (from `from`), each with its register entries, as publishing writes them. */
const benchNotices = (from: number, count: number) =>
  Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const publishedAt = new Date(base + i * 60_000).toISOString();
    const draft = newDraft(
      {
        ...template,
        regionIds: ["london"],
        needAreaId: "accommodation",
        procurementId: `bench-${i % 500}`,
        procurementTitle: `Bench procurement ${i % 500}`,
      },
      "bench",
    );
    const id = `BENCHNOTICE${String(i).padStart(8, "0")}`;
    const n: StoredNotice = {
      ...draft,
      id,
      status: "published",
      publishedAt,
      version: 2,
      release: publishedRelease({
        ocid: draft.ocid,
        noticeId: id,
        publishedAt,
        tag: draft.tag,
        textAt: draft.textAt,
        description: draft.description,
        sections: draft.sections,
      }),
    };
    return [
      noticeKind.item(n, n),
      ...registerEntryPuts(n).map((p) => p.Put!.Item as Record<string, unknown>),
    ];
  }).flat();

/** Loads published notices `from`…`from + count - 1`; returns how many items were written. */
export const loadNotices = async (stack: LocalStack, from: number, count: number) => {
  const items = benchNotices(from, count);
  await writeItems(stack.db, stack.tableName, items);
  return items.length;
};

const get = async (url: string) => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.json();
};

/** The public record's reads, made without signing in. */
const noticeReads = (stack: LocalStack) => [
  { name: "public register, first page", read: () => get(`${stack.gatewayUrl}/api/public/notices`) },
  {
    name: "one public notice",
    read: () => get(`${stack.gatewayUrl}/api/public/notices/BENCHNOTICE00000050`),
  },
  { name: "release feed, first page", read: () => get(`${stack.gatewayUrl}/api/public/releases?limit=100`) },
];

/**
 * The public register, a notice and the feed with 100 published notices, then with 10,000: printed as
 * a ratio beside the scale goal. Near 1.0 means each read is a Query on one partition or a key lookup.
 */
export const measureNotices = async (stack: LocalStack) => {
  const reads = noticeReads(stack);
  let items = await loadNotices(stack, 0, 100);
  // Loading writes a change per item; measure once the local stream consumers have read them all, or
  // the 10,000 case is timed while the same process and DynamoDB Local still churn through 40,000
  // stream records (that, not the Queries, made it twice as slow as the 100 case).
  await stack.jobs.settle();
  const at100: Latency[] = [];
  for (const r of reads) at100.push(await measure(r.read, 200, 20));
  items += await loadNotices(stack, 100, 9_900);
  await stack.jobs.settle();
  const at10k: Latency[] = [];
  for (const r of reads) at10k.push(await measure(r.read, 200, 20));
  printTable(
    "Public record scale ratio (10,000 published notices vs 100)",
    "The register's first page, one notice and the feed's first page (100 releases) with 10,000 published notices divided by with 100, read without signing in. Near 1.0 means each read is a key lookup or a Query on one partition.",
    reads.map((r, i) => ({
      read: r.name,
      "p50 ms @100": ms(at100[i]!.p50),
      "p50 ms @10,000": ms(at10k[i]!.p50),
      "p50 ratio": ratio(at10k[i]!.p50, at100[i]!.p50),
      "p99 ratio": ratio(at10k[i]!.p99, at100[i]!.p99),
      [`goal ${goalText(goals.scale)}`]: judge(
        goals.scale,
        `${r.name}, 10,000 ÷ 100 notices`,
        ratio(at10k[i]!.p50, at100[i]!.p50),
      ),
    })),
  );
  return { at100, at10k, items };
};
