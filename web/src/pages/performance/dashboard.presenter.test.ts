import { describe, expect, it } from "vitest";
import { chartView, quickPeriods } from "./dashboard.presenter.ts";

describe("the performance dashboard's periods", () => {
  it("offers the last 3 and 12 months and this financial year, keeping the other filters", () => {
    const periods = quickPeriods(
      new URLSearchParams({ contractId: "c1", from: "2026-01", to: "2026-03" }),
      { from: "2026-09", to: "2026-11" },
      "2026-11",
    );
    expect(periods).toEqual([
      { text: "Last 3 months", href: "/performance?contractId=c1&from=2026-09&to=2026-11", current: true },
      { text: "Last 12 months", href: "/performance?contractId=c1&from=2025-12&to=2026-11", current: false },
      {
        text: "This financial year",
        href: "/performance?contractId=c1&from=2026-04&to=2026-11",
        current: false,
      },
    ]);
  });

  it("starts the financial year in the April before, across a new calendar year", () => {
    const periods = quickPeriods(new URLSearchParams(), { from: "2025-04", to: "2026-02" }, "2026-02");
    expect(periods.map((p) => [p.text, p.current])).toEqual([
      ["Last 3 months", false],
      ["Last 12 months", false],
      ["This financial year", true],
    ]);
    expect(periods[1]!.href).toBe("/performance?from=2025-03&to=2026-02");
  });
});

describe("what a dashboard chart draws", () => {
  const months = ["Jan", "Feb", "Mar", "Apr"];

  it("leaves out series and months with nothing in them", () => {
    const view = chartView(months, [
      { key: "received", name: "Received", values: [0, 3, 0, 1] },
      { key: "withdrawn", name: "Withdrawn", values: [0, 0, 0, 0] },
      { key: "completed", name: "Completed", values: [0, 1, 0, 0] },
    ]);
    expect(view).toEqual({
      empty: false,
      categories: ["Feb", "Apr"],
      series: [
        { key: "received", name: "Received", values: [3, 1] },
        { key: "completed", name: "Completed", values: [1, 0] },
      ],
    });
  });

  it("is empty when every value is 0", () => {
    const view = chartView(months, [{ key: "received", name: "Received", values: [0, 0, 0, 0] }]);
    expect(view).toEqual({ empty: true, categories: [], series: [] });
  });
});
