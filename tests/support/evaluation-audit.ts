import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { inject } from "vitest";
import { table } from "./table.ts";
import { auditKeys } from "#functions/platform/data/audit.ts";

/** The audit trail of an entity, read straight from the table: what the portal recorded, not what it reports. */
export const auditTrail = async (entityType: string, entityId: string) => {
  const result = await table().send(
    new QueryCommand({
      TableName: inject("tableName"),
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": auditKeys.trail(entityType, entityId) },
    }),
  );
  return (result.Items ?? []) as {
    action: string;
    actor: { userId: string };
    details?: Record<string, unknown>;
  }[];
};

/** The path of an opportunity's evaluation resource, or of one below it. */
export const evaluationPath = (id: string, rest = "") => `/api/opportunities/${id}/evaluation${rest}`;
