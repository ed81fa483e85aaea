import { describe, expect, it } from "vitest";
import { dashboardOptionParams, officerDashboardView } from "./OfficerDashboard.presenter.ts";

describe("the officers' dashboard, from its URL", () => {
  it("starts on the officer's own unassigned referrals, most recently changed first", () => {
    const view = officerDashboardView(new URLSearchParams("tab=nonsense"));
    expect([view.tab, view.scope, view.sort]).toEqual(["unassigned", "mine", "newest"]);
    expect(view.query.toString()).toBe("tab=unassigned&scope=mine&sort=newest&limit=20");
    expect(view.caption).toBe("Unassigned: your referrals");
    expect(view.hint).toBe("Sent to the provider, with no caseworker yet.");
  });

  it("keeps the scope and sort on every tab and on the next page, and marks the current tab", () => {
    const view = officerDashboardView(new URLSearchParams("tab=plans&scope=pdu&sort=oldest&cursor=c1"));
    expect(view.caption).toBe("Plans to approve: your PDU's referrals");
    expect(view.tabs.map((t) => t.text)).toEqual([
      "Unassigned",
      "Open",
      "Plans to approve",
      "Completed",
      "Cancelled",
      "Drafts",
    ]);
    expect(view.tabs.find((t) => t.current)?.href).toBe("/referrals?tab=plans&scope=pdu&sort=oldest");
    expect(view.query.get("cursor")).toBe("c1");
    expect(view.nextHref("c+2")).toBe("/referrals?tab=plans&scope=pdu&sort=oldest&cursor=c%2B2");
    expect(view.nextHref(undefined)).toBeUndefined();
  });

  it("says drafts are the officer's own even when the PDU's referrals are chosen", () => {
    expect(officerDashboardView(new URLSearchParams("tab=drafts&scope=pdu")).caption).toBe(
      "Drafts: your referrals",
    );
  });

  it("takes an earlier link by status to the tab that holds those referrals", () => {
    expect(officerDashboardView(new URLSearchParams("status=withdrawn")).tab).toBe("cancelled");
    expect(officerDashboardView(new URLSearchParams("status=draft")).tab).toBe("drafts");
  });

  it("searches the PDU across tabs: no tab is current, and the next page keeps the search", () => {
    const view = officerDashboardView(new URLSearchParams("q=Murray&tab=open"));
    expect(view.query.toString()).toBe("limit=20&q=Murray");
    expect(view.caption).toBe("Referrals in your PDU matching “Murray”");
    expect(view.tabs.some((t) => t.current)).toBe(false);
    expect(view.nextHref("c9")).toBe("/referrals?q=Murray&cursor=c9");
  });

  it("applies the scope and sort form to the URL, keeping the tab", () => {
    expect(dashboardOptionParams("open", { scope: "pdu", sort: "oldest" })).toEqual({
      tab: "open",
      scope: "pdu",
      sort: "oldest",
    });
    expect(dashboardOptionParams("open", { scope: "everyone", sort: "x" })).toEqual({
      tab: "open",
      scope: "mine",
      sort: "newest",
    });
  });
});
