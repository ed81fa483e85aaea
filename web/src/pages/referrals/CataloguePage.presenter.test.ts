import { describe, expect, it } from "vitest";
import { catalogueQuerySchema } from "#shared/catalogue/catalogue.ts";
import { formResolver } from "../../forms/form-schema.ts";
import { catalogueParams, filtersFromUrl, resultsStatus, searchChosen } from "./CataloguePage.presenter.ts";

const me = { user: { pdu: "camden-and-islington" } } as never;

describe("the catalogue's filters and results", () => {
  it("start from the URL, with the officer's own PDU until they choose another", () => {
    expect(filtersFromUrl(new URLSearchParams("needArea=accommodation&youngAdults=true"), me)).toEqual({
      needArea: "accommodation",
      pdu: "camden-and-islington",
      tier: "",
      sex: "",
      setting: "",
      youngAdults: ["true"],
    });
    expect(filtersFromUrl(new URLSearchParams("pdu=hackney"), me).pdu).toBe("hackney");
  });

  it("go into the URL without the filters left at 'any'", () => {
    const filters = filtersFromUrl(new URLSearchParams("needArea=accommodation&tier=low"), me);
    expect(catalogueParams(filters)).toEqual({
      needArea: "accommodation",
      pdu: "camden-and-islington",
      tier: "low",
    });
    expect(catalogueParams({ ...filters, youngAdults: ["true"] }).youngAdults).toBe("true");
  });

  it("search once a need area and a place are chosen", () => {
    expect(searchChosen(new URLSearchParams("needArea=accommodation&pdu=hackney"))).toBe(true);
    expect(searchChosen(new URLSearchParams("needArea=accommodation&region=london"))).toBe(true);
    expect(searchChosen(new URLSearchParams("pdu=hackney"))).toBe(false);
  });

  it("say how many interventions were found, or nothing when the page signposts a programme", () => {
    expect(resultsStatus({ isPending: true, isError: false })).toBe("Loading interventions…");
    const page = (items: number) => ({ items: Array.from({ length: items }) }) as never;
    expect(resultsStatus({ isPending: false, isError: false, data: page(0) })).toBe(
      "No live interventions match these filters.",
    );
    expect(resultsStatus({ isPending: false, isError: false, data: page(1) })).toBe("Showing 1 intervention");
    expect(
      resultsStatus({ isPending: false, isError: false, data: { items: [], signpost: [{}] } as never }),
    ).toBe("");
  });

  it("are checked by the search's own query before it runs: a search without a need area says to choose one", async () => {
    const resolver = formResolver(catalogueQuerySchema, catalogueParams);
    const none = filtersFromUrl(new URLSearchParams(), me);
    const { errors } = await resolver(none as never, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    expect(errors.needArea?.message).toBe("Select a need area to search the catalogue");
    const chosen = await resolver({ ...none, needArea: "accommodation" } as never, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    expect(chosen.errors).toEqual({});
  });
});
