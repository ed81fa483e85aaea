import { describe, expect, it } from "vitest";
import type { Dashboard } from "./dashboard.ts";
import { dashboardFigures, monthsBetween } from "./figures.ts";
import { contractReportCsv, financialYearStart } from "./report.ts";
import { dashboardTable, dashboardTableCsv, dashboardTableIds, monthLabel } from "./tables.ts";

const contract = {
  id: "c1",
  reference: "=DFP-LON-ACC-0001",
  organisationId: "org-bridge-housing",
  organisationName: "Bridge Housing Trust, London",
  needAreaId: "accommodation",
  regionIds: ["london"],
  capacityPerYear: 120,
  startDate: "2026-01-01",
  endDate: "2027-12-31",
};
const months = monthsBetween("2026-03", "2026-05");
const row = (month: string, counters: Record<string, number>) => ({
  contractId: "c1",
  organisationId: "org-bridge-housing",
  regionId: "london",
  needAreaId: "accommodation",
  month,
  counters,
});
const dashboard: Dashboard = {
  options: {
    regions: [{ id: "london", name: "London" }],
    providers: [],
    needAreas: [],
    contracts: [contract],
  },
  applied: { from: "2026-03", to: "2026-05", contractId: "c1" },
  ...dashboardFigures(
    [
      row("2026-03", { received: 3, assigned: 2, "fc-2": 2, completed: 1, "att-attended": 4 }),
      row("2026-04", { received: 1, "wd-moved-area": 1, report: 2, headline: 1, "out-achieved": 1 }),
    ],
    [contract],
    months,
  ),
};

describe("dashboard tables", () => {
  it("labels months for people", () => {
    expect(monthLabel("2026-04")).toBe("April 2026");
    expect(financialYearStart("2026-03")).toBe("2025-04");
    expect(financialYearStart("2026-04")).toBe("2026-04");
  });

  it("exports every table as CSV with the same header and rows as the page", () => {
    for (const id of dashboardTableIds) {
      const table = dashboardTable(dashboard, id, []);
      const lines = dashboardTableCsv(table).trimEnd().split("\r\n");
      expect(lines).toHaveLength(table.rows.length + 1);
      expect(lines[0]).toBe(table.columns.map((c) => c.header).join(","));
    }
    const csv = dashboardTableCsv(dashboardTable(dashboard, "months", []));
    expect(csv).toBe(
      "Month,Received,Assigned,Completed,Withdrawn,Sessions attended,Sessions missed\r\n" +
        "March 2026,3,2,1,0,4,0\r\nApril 2026,1,0,0,1,0,0\r\nMay 2026,0,0,0,0,0,0\r\n",
    );
  });

  it("quotes commas and defuses spreadsheet formulas", () => {
    const csv = dashboardTableCsv(dashboardTable(dashboard, "capacity", []));
    expect(csv.split("\r\n")[1]).toBe(`'=DFP-LON-ACC-0001,"Bridge Housing Trust, London",4,30,13.3%`);
  });

  it("shows each measure against its target, or no data yet", () => {
    const rows = dashboardTable(dashboard, "measures", []).rows;
    expect(rows.map((r) => r.cells)).toEqual([
      ["Court orders and licences successfully completed", 1, 2, "50%", "73%", "Not met"],
      ["People in employment when their order or licence ends", 0, 0, "", "40%", "No data yet"],
      [
        "People in settled and suitable accommodation at the end of their order or licence",
        1,
        2,
        "50%",
        "78%",
        "Not met",
      ],
    ]);
  });

  it("reports a contract's month and year to date", () => {
    const csv = contractReportCsv(contract, "2026-04", dashboard, dashboard, []);
    expect(csv).toContain("Figure,April 2026,April 2026 to April 2026,Target,Status (year to date)\r\n");
    expect(csv).toContain("Referrals received,4,4,,\r\n");
    expect(csv).toContain("Contract,'=DFP-LON-ACC-0001\r\n");
    expect(csv).toContain("Court orders and licences successfully completed,50%,50%,73%,Not met\r\n");
  });
});
