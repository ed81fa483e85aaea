import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { journeySteps, open, signInAs, usePortalPages } from "../support/browser.ts";
import { settleJobs } from "../support/jobs.ts";
import { completedReferral } from "../support/referral-journey.ts";
import { chartContrast } from "../support/contrast.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});

const { onPage, seeError, click } = journeySteps(() => page);
const bridge = "contract-bridge-accommodation";

/** A headline figure's text, by its key in the summary list. */
const headline = (key: string) =>
  page
    .locator(".govuk-summary-list__row", { has: page.getByText(key, { exact: true }) })
    .locator(".govuk-summary-list__value")
    .first()
    .innerText();

/** A figure's table as text: the header row, then each row's cells. */
const tableOf = (figure: string) =>
  page
    .locator(`[data-table="${figure}"] table`)
    .evaluate((table) =>
      [...table.querySelectorAll("tr")].map((tr) =>
        [...tr.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim()),
      ),
    );

/** A figure's table, or no rows when the page shows its empty state instead. */
const tableIfAny = async (figure: string) =>
  (await page.locator(`[data-table="${figure}"] table`).count()) ? tableOf(figure) : [];

/** A figure's chart bars: category, series name and value. */
const barsOf = (figure: string) =>
  page.locator(`[data-figure="${figure}"] svg rect[data-value]`).evaluateAll((rects) =>
    rects.map((r) => ({
      category: r.getAttribute("data-category") ?? "",
      series: r.getAttribute("data-series") ?? "",
      value: Number(r.getAttribute("data-value")),
    })),
  );

/** Splits CSV (cells quoted with doubled quotes when needed, CRLF rows) into rows of cells. */
const parseCsv = (text: string) =>
  text
    .trimEnd()
    .split("\r\n")
    .map((line) => {
      const cells: string[] = [];
      let cell = "";
      let quoted = false;
      for (let i = 0; i < line.length; i += 1) {
        const ch = line[i]!;
        if (quoted && ch === '"' && line[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else if (ch === '"') quoted = !quoted;
        else if (ch === "," && !quoted) {
          cells.push(cell);
          cell = "";
        } else cell += ch;
      }
      return [...cells, cell];
    });

const number = (text: string | undefined) => Number((text ?? "").replace(/[^\d.]/g, ""));
const column = (rows: string[][], header: string) =>
  rows.length ? rows.slice(1).map((r) => r[rows[0]!.indexOf(header)]!) : [];
const sum = (cells: string[]) => cells.reduce((n, c) => n + number(c), 0);

const openBridgeDashboard = async () => {
  await open(page, `/performance?contractId=${bridge}`);
  await onPage("Performance");
};

describe("performance dashboard", () => {
  it("moves with a referral run to completion; every chart agrees with its table and its CSV", async () => {
    await settleJobs();
    await signInAs(page, "Helen Carter");
    await onPage("Welcome, Helen Carter");
    await click("Performance of contracts in your regions");
    await onPage("Performance");
    // Filter to Bridge's accommodation contract through the form; the filter lands in the URL.
    await page.getByLabel("Contract", { exact: true }).selectOption(bridge);
    await click("Apply filters", "button");
    await page.waitForURL((url) => url.searchParams.get("contractId") === bridge);
    await onPage("Performance");

    const before = {
      received: number(await headline("Referrals received")),
      months: await tableIfAny("months"),
      attendance: await headline("Attendance rate"),
      outcomes: (await page.locator('[data-table="outcomes"] table').count())
        ? await tableOf("outcomes")
        : [],
    };

    // The seeded activity is already on the dashboard: ten referrals, some with reported outcomes.
    expect(before.received).toBeGreaterThanOrEqual(10);
    expect(before.months.length).toBeGreaterThan(0);
    expect(before.outcomes.length).toBeGreaterThan(0);

    await completedReferral();
    await settleJobs();
    await page.reload();
    await onPage("Performance");

    expect(number(await headline("Referrals received"))).toBe(before.received + 1);
    const months = await tableOf("months");
    expect(sum(column(months, "Received"))).toBe(sum(column(before.months, "Received")) + 1);
    expect(sum(column(months, "Completed"))).toBe(sum(column(before.months, "Completed")) + 1);
    expect(sum(column(months, "Sessions attended"))).toBe(
      sum(column(before.months, "Sessions attended")) + 1,
    );
    expect(sum(column(months, "Sessions missed"))).toBe(sum(column(before.months, "Sessions missed")) + 1);
    // "(attended of recorded sessions)": one more attended, two more recorded.
    const sessions = (text: string) =>
      text
        .match(/\((\d+) of (\d+) sessions\)/)
        ?.slice(1)
        .map(Number) ?? [0, 0];
    const [attendedBefore, recordedBefore] = sessions(before.attendance);
    expect(sessions(await headline("Attendance rate"))).toEqual([attendedBefore! + 1, recordedBefore! + 2]);
    const achieved = (rows: string[][]) =>
      number(rows.find((r) => r[0] === "Accommodation")?.[rows[0]?.indexOf("Achieved") ?? 0] ?? "0");
    expect(achieved(await tableOf("outcomes"))).toBe(achieved(before.outcomes) + 1);

    // Every chart's text and marks can be told from the page (WCAG 1.4.3 and 1.4.11).
    const contrast = await chartContrast(page);
    expect(contrast.checked).toBeGreaterThan(0);
    expect(contrast.failures).toEqual([]);

    // Each chart draws exactly its table's numbers, and the CSV download is the table row for row.
    for (const figure of ["months", "withdrawals", "outcomes", "capacity"]) {
      if ((await page.locator(`[data-table="${figure}"]`).count()) === 0) continue;
      const table = await tableOf(figure);
      const bars = await barsOf(figure);
      expect(bars.length, figure).toBeGreaterThan(0);
      for (const bar of bars) {
        const row = table.find((r) => r[0] === bar.category);
        expect(row, `${figure}: ${bar.category}`).toBeDefined();
        expect(number(row![table[0]!.indexOf(bar.series)]), `${figure}: ${bar.category} ${bar.series}`).toBe(
          bar.value,
        );
      }
      expect(bars.length).toBe((table.length - 1) * new Set(bars.map((b) => b.series)).size);
    }
    for (const figure of ["months", "capacity", "measures"]) {
      const download = page.waitForEvent("download");
      await page
        .locator(`[data-table="${figure}"]`)
        .getByRole("button", { name: /^Download CSV/ })
        .click();
      const file = await (await download).path();
      expect(parseCsv(await readFile(file, "utf8")), figure).toEqual(await tableOf(figure));
    }
    // Each measure is judged against its target.
    const measures = await tableOf("measures");
    expect(column(measures, "Status").every((s) => ["Met", "Not met", "No data yet"].includes(s))).toBe(true);
    expect(column(measures, "Target").every((t) => /^\d+(\.\d)?%$/.test(t))).toBe(true);
  });

  it("lets a commissioner change a contract's target, with errors first", async () => {
    await signInAs(page, "Helen Carter");
    await openBridgeDashboard();
    await click("View and set targets");
    await onPage("Performance targets");
    await page.getByRole("link", { name: /^Change the target for DFP-LON-ACC-0001: Court orders/ }).click();
    await onPage("Set a performance target");
    await page.getByLabel("Target", { exact: true }).fill("120");
    await click("Save target", "button");
    await seeError("The target must be 100% or less");
    await page.getByLabel("Target", { exact: true }).fill("75");
    await click("Save target", "button");
    await onPage("Performance targets");
    await expect
      .poll(() => page.locator(".govuk-notification-banner").textContent())
      .toContain("75% for DFP-LON-ACC-0001");
    await openBridgeDashboard();
    const measures = await tableOf("measures");
    expect(measures.find((r) => r[0] === "Court orders and licences successfully completed")?.[4]).toBe(
      "75%",
    );
  });

  it("shows a provider only its own contracts, and 'Page not found' for another organisation's", async () => {
    await signInAs(page, "Priya Shah");
    await onPage("Your organisation");
    await click("Performance of your contracts");
    await onPage("Performance");
    const contracts = await page
      .getByLabel("Contract", { exact: true })
      .locator("option")
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(contracts).toContain(bridge);
    expect(contracts).not.toContain("contract-pathways-employment");
    await open(page, "/performance?organisationId=org-northern-pathways");
    await onPage("Page not found");
  });
});
