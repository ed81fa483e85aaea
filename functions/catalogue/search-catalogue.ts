import { signpostedProgrammes } from "#shared/catalogue/catalogue.ts";
import { londonDate } from "#shared/time/index.ts";
import { now } from "../platform/clock.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { searchCatalogue } from "./repository.ts";
import { searchCatalogueRoute } from "./routes.ts";

/** A page of live interventions; a need met by an accredited programme gets the signpost instead. */
export const handler = httpHandler(searchCatalogueRoute, async ({ query }) => {
  const signpost = signpostedProgrammes(query.needArea, query.tier);
  if (signpost.length > 0) return { items: [], signpost };
  return searchCatalogue(query, londonDate(now()));
});
