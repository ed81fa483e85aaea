import type { StoredIssue } from "#shared/contracts/issue.ts";
import { tableName } from "../platform/data/dynamo.ts";
import type { TransactItem } from "../platform/data/transact.ts";
import { contractIssueKind } from "./management-items.ts";

/** Puts an issue: new, or from the version read (a step taken meanwhile by the other party → 409). */
export const issuePut = (issue: StoredIssue, before: StoredIssue | undefined): TransactItem => ({
  Put: {
    TableName: tableName(),
    Item: contractIssueKind.item(issue, issue),
    ...(before
      ? {
          ConditionExpression: "#version = :v",
          ExpressionAttributeNames: { "#version": "version" },
          ExpressionAttributeValues: { ":v": before.version },
        }
      : { ConditionExpression: "attribute_not_exists(pk)" }),
  },
});
