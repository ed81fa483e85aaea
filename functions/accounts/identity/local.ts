import { randomUUID } from "node:crypto";
import { TransactWriteCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { db, tableName } from "../../platform/data/dynamo.ts";
import { failedConditions } from "../../platform/data/transact.ts";
import { loginClaimKind, signInAccountKind } from "../items.ts";
import { type IdentityDirectory, LoginTaken } from "./directory.ts";
import { hashPassword } from "./password.ts";

/**
 * The local stack's directory: sign-in accounts in the table (read by the local OpenID Provider
 * through `peopleAccountSource`), the login name claimed by a conditional write as Cognito keeps it unique.
 */
export const localDirectory = (): IdentityDirectory => ({
  createUser: async (person) => {
    const userId = randomUUID();
    const email = person.email.toLowerCase();
    const account = {
      userId,
      email,
      name: person.name,
      enabled: true,
      passwordHash: await hashPassword(person.password),
      claims: { "cognito:groups": [person.group], ...person.attributes },
    };
    try {
      await db().send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName(),
                Item: loginClaimKind.item({ email }, { email, userId }),
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
            { Put: { TableName: tableName(), Item: signInAccountKind.item({ userId }, account) } },
          ],
        }),
      );
    } catch (error) {
      if (failedConditions(error)) throw new LoginTaken();
      throw error;
    }
    return userId;
  },
  updateAttributes: async (userId, _email, attributes) => {
    const names = Object.keys(attributes);
    await db()
      .send(
        new UpdateCommand({
          TableName: tableName(),
          Key: signInAccountKind.key({ userId }),
          UpdateExpression: `SET ${names.map((_, i) => `claims.#a${i} = :v${i}`).join(", ")}`,
          ConditionExpression: "attribute_exists(pk)",
          ExpressionAttributeNames: Object.fromEntries(names.map((n, i) => [`#a${i}`, n])),
          ExpressionAttributeValues: Object.fromEntries(names.map((n, i) => [`:v${i}`, attributes[n]])),
        }),
      )
      .catch((error: unknown) => {
        // Seeded demo people have no local account (they sign in with the demo password): nothing to change.
        if ((error as Error).name !== "ConditionalCheckFailedException") throw error;
      });
  },
  disable: async (userId) => {
    await db()
      .send(
        new UpdateCommand({
          TableName: tableName(),
          Key: signInAccountKind.key({ userId }),
          UpdateExpression: "SET enabled = :off",
          ConditionExpression: "attribute_exists(pk)",
          ExpressionAttributeValues: { ":off": false },
        }),
      )
      .catch((error: unknown) => {
        if ((error as Error).name !== "ConditionalCheckFailedException") throw error;
      });
  },
});
