import { submittedBids } from "../bids/index.ts";
import { now } from "../platform/clock.ts";
import { requireAllowed } from "./lifecycle.ts";
import { withStatus } from "../platform/http/handler.ts";
import { idempotentHandler } from "../platform/http/idempotent-handler.ts";
import { invalid, notFound, ruleBroken } from "../platform/http/problems.ts";
import { evaluationFor, onPanel } from "./access.ts";
import { presentEvaluation } from "./present.ts";
import { loadEvaluation } from "./repository.ts";
import { saveDeclaration } from "./scores-repository.ts";
import { declareConflictsRoute } from "./routes.ts";

/** A panel member declares, for every bidder, a conflict of interest or none; once, before reading bids. */
export const handler = idempotentHandler(declareConflictsRoute, async ({ principal, params, body }) => {
  const { opportunity, data } = await evaluationFor(principal, params.opportunityId);
  if (!onPanel(data, principal.userId)) throw notFound();
  requireAllowed(opportunity, data.record, "evaluate");
  if (data.record?.state !== "evaluating")
    throw ruleBroken("The evaluation of this competition has finished.");
  if (data.declarations.has(principal.userId))
    throw ruleBroken("You have already made your declaration for this competition.");
  const bids = await submittedBids(opportunity.id);
  const errors = [
    ...bids.flatMap((bid) =>
      body.bidders.some((b) => b.organisationId === bid.organisationId)
        ? []
        : [
            {
              path: "bidders",
              message: `Say whether you have a conflict of interest with ${bid.organisationName}`,
            },
          ],
    ),
    ...body.bidders.flatMap((b, i) =>
      bids.some((bid) => bid.organisationId === b.organisationId)
        ? []
        : [{ path: `bidders.${i}.organisationId`, message: "This organisation did not bid" }],
    ),
  ];
  if (errors.length) throw invalid(errors);
  await saveDeclaration(principal, {
    opportunityId: opportunity.id,
    userId: principal.userId,
    name: principal.name,
    bidders: body.bidders,
    declaredAt: now().toISOString(),
  });
  return withStatus(
    201,
    presentEvaluation(principal, opportunity, await loadEvaluation(opportunity.id), bids),
  );
});
