import { writeFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";
import { projectRoot } from "#infra/project-root.ts";

/**
 * Refreshes shared/time/bank-holiday-snapshot.ts from GOV.UK's published England and Wales bank
 * holidays. Run by a person (`npx tsx scripts/refresh-bank-holidays.ts`), reviewed and committed;
 * tests never fetch. Only whole years the feed covers are kept; other years are projected by rule.
 */
const source = "https://www.gov.uk/bank-holidays.json";

const feedSchema = z.object({
  "england-and-wales": z.object({
    events: z.array(z.object({ title: z.string().max(200), date: z.iso.date() })).max(1000),
  }),
});

const response = await fetch(source, { headers: { accept: "application/json" } });
if (!response.ok) throw new Error(`GOV.UK answered ${response.status} for ${source}`);
const events = feedSchema.parse(await response.json())["england-and-wales"].events;
const years = [...new Set(events.map((e) => Number(e.date.slice(0, 4))))].sort((a, b) => a - b);
// A year is whole when it has its New Year's Day and its Christmas (or their substitute days).
const whole = years.filter(
  (y) =>
    events.some((e) => e.date.startsWith(`${y}-01-`)) && events.some((e) => e.date.startsWith(`${y}-12-`)),
);
const from = whole[0];
const to = whole.at(-1);
if (from === undefined || to === undefined) throw new Error("The feed has no whole year of bank holidays");
const kept = events
  .filter((e) => Number(e.date.slice(0, 4)) >= from && Number(e.date.slice(0, 4)) <= to)
  .sort((a, b) => (a.date < b.date ? -1 : 1));

const file = `// Written by scripts/refresh-bank-holidays.ts from GOV.UK's published list: run that to update it,
// rather than editing by hand. Years outside it are projected by the statutory rules (bank-holidays.ts).

/** England and Wales bank holidays as published, substitute days included, for whole years from–to. */
export const bankHolidaySnapshot = {
  source: "${source}",
  from: ${from},
  to: ${to},
  events: [
${kept.map((e) => `    { date: "${e.date}", title: ${JSON.stringify(e.title.replace(/'/g, "’"))} },`).join("\n")}
  ],
} as const;
`;
writeFileSync(join(projectRoot, "shared", "time", "bank-holiday-snapshot.ts"), file);
process.stdout.write(
  `Wrote ${kept.length} bank holidays for ${from}–${to}. Run the unit tests, review, commit.\n`,
);
