import { describe, expect, it } from "vitest";
import type { Me } from "#shared/accounts/me.ts";
import { filtersFrom, nextPageHref, opportunitiesView, searchFor } from "./OpportunitiesPage.presenter.ts";

const user = (role: Me["user"]["role"], regions: string[] = ["london"]): Me["user"] => ({
  id: "u1",
  name: "Someone",
  email: "someone@example.org",
  role,
  regions,
  frameworkAdmin: false,
});

const provider = (frameworkStatus: string, needAreaIds: string[]): Me =>
  ({
    user: user("provider", []),
    organisation: { id: "o1", name: "Org", frameworkStatus, regionIds: ["london", "wales"], needAreaIds },
  }) as unknown as Me;

describe("the opportunities page", () => {
  it("shows a commissioner every status in their regions, with the need area filter", () => {
    expect(opportunitiesView({ user: user("commissioner", ["london"]) })).toMatchObject({
      kind: "list",
      regions: ["london"],
      statuses: ["draft", "open", "closed", "cancelled"],
      withNeedArea: true,
    });
  });

  it("shows an admitted provider open and closed ones; the need area filter only when it has a choice", () => {
    expect(opportunitiesView(provider("admitted", ["accommodation"]))).toMatchObject({
      kind: "list",
      regions: ["london", "wales"],
      statuses: ["open", "closed"],
      withNeedArea: false,
    });
    expect(opportunitiesView(provider("admitted", ["accommodation", "finance-benefits-debt"]))).toMatchObject(
      {
        withNeedArea: true,
      },
    );
  });

  it("tells a provider not yet admitted why it sees none", () => {
    expect(opportunitiesView(provider("applied", ["accommodation"]))).toEqual({ kind: "not-admitted" });
  });
});

describe("the opportunities list's filters", () => {
  it("reads the address, falling back to the first region and open for what is missing or not allowed", () => {
    expect(
      filtersFrom(new URLSearchParams("region=wales&status=draft"), ["london", "wales"], ["open", "closed"]),
    ).toEqual({
      region: "wales",
      status: "open",
      needArea: undefined,
      cursor: undefined,
    });
    expect(
      filtersFrom(
        new URLSearchParams("region=mars&status=closed&needArea=accommodation"),
        ["london"],
        ["open", "closed"],
      ),
    ).toMatchObject({
      region: "london",
      status: "closed",
      needArea: "accommodation",
    });
  });

  it("writes the form's choices to the address without an empty need area, and pages on", () => {
    expect(searchFor({ region: "london", status: "open", needArea: "" })).toEqual({
      region: "london",
      status: "open",
    });
    expect(nextPageHref({ region: "london", status: "open", needArea: "accommodation" }, "abc")).toBe(
      "/opportunities?region=london&status=open&needArea=accommodation&cursor=abc",
    );
  });
});
