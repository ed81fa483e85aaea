import type { Principal } from "#shared/auth/principal.ts";
import type { Results } from "#shared/evaluation/evaluation.ts";
import { submittedBids } from "../bids/index.ts";
import { commissionedOpportunity } from "../opportunities/index.ts";
import { notFound } from "../platform/http/problems.ts";
import { isLead } from "./access.ts";
import { requireAllowed } from "./lifecycle.ts";
import { presentResults } from "./present.ts";
import { loadEvaluation } from "./repository.ts";

/** The results for the lead (anyone else: 404), once the deadline has passed. */
export const resultsForLead = async (principal: Principal, opportunityId: string): Promise<Results> => {
  const opportunity = await commissionedOpportunity(principal, opportunityId);
  if (!isLead(principal, opportunity)) throw notFound();
  const data = await loadEvaluation(opportunity.id);
  requireAllowed(opportunity, data.record, "read-evaluation");
  return presentResults(opportunity, data, await submittedBids(opportunity.id));
};
