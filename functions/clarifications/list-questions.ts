import { visibleOpportunity } from "../opportunities/index.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { organisationNamesFor, present } from "./present.ts";
import { listQuestions } from "./repository.ts";
import { listQuestionsRoute } from "./routes.ts";

/** Questions of an opportunity, filtered to what the caller may see. */
export const handler = httpHandler(listQuestionsRoute, async ({ principal, params, query }) => {
  await visibleOpportunity(principal, params.opportunityId);
  const page = await listQuestions(params.opportunityId, query.limit, query.cursor);
  const visible =
    principal.role === "commissioner"
      ? page.items
      : page.items.filter(
          (q) => q.status === "published" || q.askedByOrganisationId === principal.organisationId,
        );
  const names = principal.role === "commissioner" ? await organisationNamesFor(params.opportunityId) : [];
  return { ...page, items: visible.map((q) => present(principal, q, names)) };
});
