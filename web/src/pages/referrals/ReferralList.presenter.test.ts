import { describe, expect, it } from "vitest";
import { inboxTabLabels } from "#shared/referrals/referral.ts";
import {
  inboxOptionParams,
  inboxOptionsOf,
  inboxView,
  myReferralsView,
  searchParamsFor,
} from "./ReferralList.presenter.ts";

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
    expect(inboxOptionsOf({ sort: "oldest", overdue: true })).toEqual({ sort: "oldest", overdue: ["true"] });
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
});

describe("the officer's referrals, from their URL", () => {
  it("lists sent referrals by default, and a search of the PDU instead of a status", () => {
    expect(myReferralsView(new URLSearchParams()).query.toString()).toBe("limit=20&status=sent");
    const search = myReferralsView(new URLSearchParams("q=Murray"));
    expect(search.query.toString()).toBe("limit=20&q=Murray");
    expect(search.caption).toBe("Referrals in your PDU matching “Murray”");
    expect(search.tabs.some((t) => t.current)).toBe(false);
  });

  it("links the next page with everything else the URL says", () => {
    expect(myReferralsView(new URLSearchParams("status=draft")).nextHref("c9")).toBe(
      "/referrals?status=draft&cursor=c9",
    );
  });

  it("puts a trimmed search in the URL, or goes back to the list when it is blank", () => {
    expect(searchParamsFor("  X123456 ", { status: "sent" })).toEqual({ q: "X123456" });
    expect(searchParamsFor("  ", { status: "sent" })).toEqual({ status: "sent" });
  });
});
