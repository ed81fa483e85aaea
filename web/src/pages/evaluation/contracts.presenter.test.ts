import { describe, expect, it } from "vitest";
import {
  contractFilters,
  contractsCaption,
  contractsPageLink,
  filterParams,
  filterValues,
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
    expect(contractFilters(new URLSearchParams("region=london"), provider, undefined).region).toBeUndefined();
    expect(contractFilters(new URLSearchParams("region=london"), commissioner, "o1")).toEqual({
      opportunityId: "o1",
    });
  });

  it("applies the form to the address from page one, with no region for a provider", () => {
    expect(filterValues({ region: "london", order: "newest", cursor: "c2" })).toEqual({
      region: "london",
      order: "newest",
    });
    expect(filterParams({ region: "north-east", order: "newest" }, commissioner)).toEqual({
      region: "north-east",
      order: "newest",
    });
    expect(filterParams({ region: "", order: "newest" }, provider)).toEqual({ order: "newest" });
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
