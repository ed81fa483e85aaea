import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { db } from "../data/dynamo.ts";
import { userProfileKind } from "../data/shared-items.ts";
import { logger } from "../observability/logger.ts";

/**
 * Actor names come from the portal's own account record (`USER#<id>`/`PROFILE`), never from the
 * token's `name` claim, which a Cognito user could once write. A name changes rarely, so each function
 * instance remembers it for a few minutes rather than reading it on every request.
 */
const rememberMs = 5 * 60 * 1000;
const maxRemembered = 1_000;
const remembered = new Map<string, { name: string | undefined; until: number }>();

/** The user's name as the portal records it, or undefined when there is no record (or no table to ask). */
export const accountName = async (userId: string): Promise<string | undefined> => {
  const table = process.env.TABLE_NAME;
  if (!table) return undefined;
  const hit = remembered.get(userId);
  if (hit && hit.until > Date.now()) return hit.name;
  try {
    const result = await db().send(
      new GetCommand({
        TableName: table,
        Key: userProfileKind.key({ userId }),
        ProjectionExpression: "#name",
        ExpressionAttributeNames: { "#name": "name" },
      }),
    );
    const name = typeof result.Item?.name === "string" && result.Item.name ? result.Item.name : undefined;
    if (remembered.size >= maxRemembered) remembered.clear();
    remembered.set(userId, { name, until: Date.now() + rememberMs });
    return name;
  } catch (error) {
    // The route itself reports an unreachable table; the name falls back to the (admin-only) claim.
    logger.info("Account name not read", { reason: (error as Error).name });
    return undefined;
  }
};
