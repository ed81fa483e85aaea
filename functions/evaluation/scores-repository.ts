import type { Principal } from "#shared/auth/principal.ts";
import type {
  Moderation,
  ModerateInput,
  ScoreSheet,
  SubmitScoresInput,
} from "#shared/evaluation/evaluation.ts";
import { now } from "../platform/clock.ts";
import { tableName } from "../platform/data/dynamo.ts";
import { declarationKind, moderationKind, scoreSheetKind } from "./items.ts";
import type { Declaration } from "./repository.ts";
import { audit, stillIn, write } from "./writes.ts";

/*
 * The panel's own writes while the evaluation is open: declarations, score sheets and moderations,
 * each conditional on the evaluation still being open.
 */

/** Records an evaluator's declaration, once, while the evaluation is open. */
export const saveDeclaration = async (actor: Principal, declaration: Declaration) => {
  await write(
    [
      {
        Put: {
          TableName: tableName(),
          Item: declarationKind.item(declaration, declaration),
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      stillIn(declaration.opportunityId, "evaluating"),
      audit(actor, declaration.opportunityId, {
        action: "conflicts-declared",
        details: {
          evaluatorId: declaration.userId,
          bidders: declaration.bidders.length,
          conflicts: declaration.bidders
            .filter((b) => b.conflict)
            .map((b) => b.organisationId)
            .join(","),
        },
      }),
    ],
    "You have already made your declaration for this competition.",
  );
  return declaration;
};

/** Records one evaluator's independent scores for one bid, once, while the evaluation is open. */
export const saveSheet = async (
  actor: Principal,
  opportunityId: string,
  organisationId: string,
  input: SubmitScoresInput,
): Promise<ScoreSheet> => {
  const sheet: ScoreSheet = {
    ...input,
    opportunityId,
    organisationId,
    evaluatorId: actor.userId,
    evaluatorName: actor.name,
    submittedAt: now().toISOString(),
  };
  await write(
    [
      {
        Put: {
          TableName: tableName(),
          Item: scoreSheetKind.item(sheet, sheet),
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      stillIn(opportunityId, "evaluating"),
      audit(actor, opportunityId, {
        action: "scores-submitted",
        details: {
          organisationId,
          evaluatorId: actor.userId,
          scores: [...Object.values(input.answers), input.socialValue].map((a) => a.score).join(","),
        },
      }),
    ],
    "You have already submitted your scores for this bid.",
  );
  return sheet;
};

/** Records (or revises) the lead's moderated scores for one bid while the evaluation is open. */
export const saveModeration = async (
  actor: Principal,
  opportunityId: string,
  organisationId: string,
  input: ModerateInput,
): Promise<Moderation> => {
  const moderation: Moderation = {
    ...input,
    opportunityId,
    organisationId,
    moderatedBy: actor.userId,
    moderatedAt: now().toISOString(),
    version: input.version + 1,
  };
  await write(
    [
      {
        Put: {
          TableName: tableName(),
          Item: moderationKind.item(moderation, moderation),
          ...(input.version === 0
            ? { ConditionExpression: "attribute_not_exists(pk)" }
            : {
                ConditionExpression: "version = :version",
                ExpressionAttributeValues: { ":version": input.version },
              }),
        },
      },
      stillIn(opportunityId, "evaluating"),
      audit(actor, opportunityId, {
        action: input.version === 0 ? "bid-moderated" : "moderation-revised",
        details: {
          organisationId,
          scores: [...Object.values(input.answers), input.socialValue].map((a) => a.score).join(","),
          version: moderation.version,
        },
      }),
    ],
    "The moderation was changed somewhere else since you loaded it. Reload and try again.",
  );
  return moderation;
};
