import { describe, expect, it } from "vitest";
import {
  contractFilters,
  contractsCaption,
  contractsPageLink,
  filterParams,
  filterValues,
  sortedColumn,
} from "./contracts.presenter.ts";

const commissioner = { commissioner: true, regionIds: ["london", "north-east"] };
const provider = { commissioner: false, regionIds: [] };

describe("the contracts list's filters", () => {
  it("reads the region, order and page from the address, defaulting to the first of the person's regions", () => {
    expect(
      contractFilters(
        new URLSearchParams("region=north-east&order=newest&cursor=c2"),
        commissioner,
        undefined,
      ),
    ).toEqual({
      region: "north-east",
      order: "newest",
      cursor: "c2",
    });
    expect(
      contractFilters(new URLSearchParams("region=wales&order=sideways"), commissioner, undefined),
    ).toEqual({
      region: "london",
      order: "oldest",
      cursor: undefined,
    });
    // A provider's region is a filter on its own contracts.
    expect(contractFilters(new URLSearchParams("region=london"), provider, undefined).region).toBe("london");
    expect(
      contractFilters(
        new URLSearchParams(
          "status=terminated&needArea=accommodation&ending=within-90-days&order=ending-latest",
        ),
        provider,
        undefined,
      ),
    ).toEqual({
      status: "terminated",
      needArea: "accommodation",
      ending: "within-90-days",
      order: "ending-latest",
    });
    expect(contractFilters(new URLSearchParams("status=paused&ending=soon"), provider, undefined)).toEqual({
      order: "oldest",
    });
    expect(contractFilters(new URLSearchParams("region=london"), commissioner, "o1")).toEqual({
      opportunityId: "o1",
    });
  });

  it("applies the form to the address from page one, with no region for a provider", () => {
    expect(filterValues({ region: "london", order: "newest", cursor: "c2" })).toEqual({
      region: "london",
      status: "",
      needArea: "",
      ending: [],
      order: "newest",
    });
    const none = { region: "", status: "" as const, needArea: "", ending: [] };
    expect(filterParams({ ...none, region: "north-east", order: "newest" }, commissioner)).toEqual({
      region: "north-east",
      order: "newest",
    });
    expect(filterParams({ ...none, order: "newest" }, provider)).toEqual({ order: "newest" });
    expect(
      filterParams(
        { ...none, status: "live", ending: ["within-90-days"], order: "ending-soonest" },
        provider,
      ),
    ).toEqual({ status: "live", ending: "within-90-days", order: "ending-soonest" });
  });

  it("marks the date column the list is sorted by", () => {
    expect(sortedColumn({ order: "newest" })).toEqual({ column: "starts", direction: "descending" });
    expect(sortedColumn({ order: "oldest", ending: "within-90-days" })).toEqual({
      column: "ends",
      direction: "ascending",
    });
  });

  it("links to the next page keeping the filters", () => {
    expect(contractsPageLink({ region: "london", order: "oldest" }, { cursor: "c2" })).toBe(
      "/contracts?region=london&order=oldest&cursor=c2",
    );
  });

  it("says whose contracts are listed and what an empty list means", () => {
    expect(contractsCaption(commissioner, undefined, "London").caption).toBe("Contracts in London");
    expect(contractsCaption(commissioner, "o1", "London").caption).toBe("Contracts of this competition");
    expect(contractsCaption(provider, undefined, undefined)).toEqual({
      caption: "Your contracts",
      empty: "There are no contracts yet.",
    });
  });
});
