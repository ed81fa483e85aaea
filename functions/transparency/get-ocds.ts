import { ocdsReleasePackage } from "#shared/ocds/release.ts";
import { commissionedOpportunity } from "../opportunities/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { notFound } from "../platform/http/problems.ts";
import { competitionOcdsInput } from "./gather.ts";
import { getOcdsRoute } from "./routes.ts";

/** The competition as an OCDS 1.1 release package, for commissioners of its regions (drafts: 404). */
export const handler = httpHandler(getOcdsRoute, async ({ principal, params, headers }) => {
  const opportunity = await commissionedOpportunity(principal, params.opportunityId);
  if (!opportunity.publishedAt) throw notFound("Only published opportunities have open contracting data.");
  const host = headers.host ?? "localhost";
  const scheme = headers["x-forwarded-proto"] ?? (host.startsWith("localhost") ? "http" : "https");
  return ocdsReleasePackage(
    await competitionOcdsInput(opportunity, `${scheme}://${host}/api/opportunities/${opportunity.id}/ocds`),
  );
});
