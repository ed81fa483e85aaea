import { describe, expect, it } from "vitest";
import { inboxTabLabels } from "#shared/referrals/referral.ts";
import { inboxOptionParams, inboxOptionsOf, inboxView, searchParamsFor } from "./ReferralList.presenter.ts";

describe("the provider's inbox, from its URL", () => {
  it("starts on unassigned referrals, newest first, and ignores a tab it does not know", () => {
    const view = inboxView(new URLSearchParams("tab=nonsense"));
    expect([view.tab, view.sort, view.overdue]).toEqual(["unassigned", "newest", false]);
    expect(view.query.toString()).toBe("tab=unassigned&sort=newest&limit=20");
  });

  it("keeps the sort and overdue filter on every tab and on the next page, and marks the current tab", () => {
    const view = inboxView(new URLSearchParams("tab=open&sort=oldest&overdue=true&cursor=c1"));
    expect(view.caption).toBe(`${inboxTabLabels.open} (overdue only)`);
    expect(view.tabs.find((t) => t.current)?.href).toBe(
      "/provider/referrals?tab=open&sort=oldest&overdue=true",
    );
    expect(view.query.get("cursor")).toBe("c1");
    expect(view.nextHref("c2")).toBe("/provider/referrals?tab=open&sort=oldest&overdue=true&cursor=c2");
    expect(view.nextHref(undefined)).toBeUndefined();
  });

  it("searches across tabs: no tab is current and the caption names the search", () => {
    const view = inboxView(new URLSearchParams("q=AB2345CD"));
    expect(view.tabs.some((t) => t.current)).toBe(false);
    expect(view.caption).toBe("Referrals matching “AB2345CD”");
    expect(view.query.get("q")).toBe("AB2345CD");
  });

  it("applies the sort and filter form to the URL, keeping the tab", () => {
    expect(inboxOptionsOf({ sort: "oldest", overdue: true })).toEqual({
      sort: "oldest",
      overdue: ["true"],
      approval: [],
    });
    expect(inboxOptionParams("mine", { sort: "oldest", overdue: ["true"] })).toEqual({
      tab: "mine",
      sort: "oldest",
      overdue: "true",
    });
    expect(inboxOptionParams("mine", { sort: "newest", overdue: [] })).toEqual({
      tab: "mine",
      sort: "newest",
    });
  });

  it("filters plans waiting for the officer's approval, kept on the tabs and the next page", () => {
    const view = inboxView(new URLSearchParams("tab=open&approval=true"));
    expect(view.query.get("approval")).toBe("true");
    expect(view.caption).toBe(`${inboxTabLabels.open} (plans awaiting approval)`);
    expect(view.nextHref("c2")).toBe("/provider/referrals?tab=open&sort=newest&approval=true&cursor=c2");
    expect(inboxOptionsOf(view).approval).toEqual(["true"]);
    expect(inboxOptionParams("open", { sort: "newest", overdue: [], approval: ["true"] })).toEqual({
      tab: "open",
      sort: "newest",
      approval: "true",
    });
  });
});

describe("searching", () => {
  it("puts a trimmed search in the URL, or goes back to the list when it is blank", () => {
    expect(searchParamsFor("  X123456 ", { tab: "open" })).toEqual({ q: "X123456" });
    expect(searchParamsFor("  ", { tab: "open" })).toEqual({ tab: "open" });
  });
});
