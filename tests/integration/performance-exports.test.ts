import { describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";
import { settleJobs } from "../support/jobs.ts";
import { portalNow } from "../support/opportunities.ts";
import { liveContract, sentReferral } from "../support/referrals.ts";

const bridge = "contract-bridge-accommodation";

describe("performance exports", () => {
  it("exports a dashboard table as CSV: its header and one row per month, the same as the dashboard", async () => {
    await sentReferral();
    await settleJobs();
    const token = await tokenFor("user-commissioner-london");
    const dashboard = await api("GET", `/api/performance/dashboard?contractId=${bridge}`, { token });
    expect(dashboard.status).toBe(200);
    const res = await api("GET", `/api/performance/dashboard/export?table=months&contractId=${bridge}`, {
      token,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="performance-months-/);
    const lines = (res.body as string).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Month,Received,Assigned,Completed,Withdrawn,Sessions attended,Sessions missed");
    expect(lines).toHaveLength(dashboard.body.months.length + 1);
    const received = lines.slice(1).reduce((n, line) => n + Number(line.split(",")[1]), 0);
    expect(received).toBe(dashboard.body.totals.received);
    expect(received).toBeGreaterThan(0);
  });

  it("defuses spreadsheet formulas and quotes commas in names", async () => {
    const contract = await liveContract({
      reference: '=HYPERLINK("x")',
      organisationName: "Bridge Housing Trust",
    });
    await settleJobs();
    const token = await tokenFor("user-commissioner-london");
    const res = await api(
      "GET",
      `/api/performance/dashboard/export?table=capacity&contractId=${contract.id}`,
      { token },
    );
    expect(res.status).toBe(200);
    const lines = (res.body as string).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Contract,Provider,Referrals received,Contracted for the period,Used");
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""x""\)",Bridge Housing Trust,0,\d+,/);
  });

  it("answers 400 for an unknown table and 404 for another organisation's or region's figures", async () => {
    const helen = await tokenFor("user-commissioner-london");
    const bad = await api("GET", "/api/performance/dashboard/export?table=people", { token: helen });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe("query.table");
    const priya = await tokenFor("user-provider-bridge");
    const other = await api(
      "GET",
      "/api/performance/dashboard/export?table=months&organisationId=org-northern-pathways",
      {
        token: priya,
      },
    );
    expect(other.status).toBe(404);
    const wales = await liveContract({ regionIds: ["wales"], pduIds: ["cardiff-and-vale"] });
    const region = await api("GET", `/api/performance/dashboard/export?table=months&contractId=${wales.id}`, {
      token: helen,
    });
    expect(region.status).toBe(404);
  });

  it("reports a contract's month and financial year to date against its targets, for its region's commissioner only", async () => {
    const month = (await portalNow()).toISOString().slice(0, 7);
    const helen = await tokenFor("user-commissioner-london");
    const res = await api("GET", `/api/performance/contracts/${bridge}/report?month=${month}`, {
      token: helen,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    const text = res.body as string;
    expect(text).toMatch(/^Contract,DFP-LON-ACC-0001\r\nProvider,Bridge Housing Trust\r\n/);
    expect(text).toMatch(/\r\nFigure,\w+ \d{4},\w+ \d{4} to \w+ \d{4},Target,Status \(year to date\)\r\n/);
    expect(text).toMatch(
      /\r\nCourt orders and licences successfully completed,[^\r]*,\d+(\.\d)?%,(Met|Not met|No data yet)\r\n/,
    );

    const rhys = await tokenFor("user-commissioner-wales");
    expect(
      (await api("GET", `/api/performance/contracts/${bridge}/report?month=${month}`, { token: rhys }))
        .status,
    ).toBe(404);
    const priya = await tokenFor("user-provider-bridge");
    expect(
      (await api("GET", `/api/performance/contracts/${bridge}/report?month=${month}`, { token: priya }))
        .status,
    ).toBe(403);
    const badMonth = await api("GET", `/api/performance/contracts/${bridge}/report?month=2026-13`, {
      token: helen,
    });
    expect(badMonth.status).toBe(400);
  });
});
