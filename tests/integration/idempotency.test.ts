import { GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";
import { completeBidContent, publishedOpportunity } from "../support/opportunities.ts";
import { table } from "../support/table.ts";
import { payloadHash, recordId } from "#functions/platform/http/middleware/idempotency-store.ts";
import { localNames } from "#infra/local/stack.ts";

/* The idempotency store of our own (ADR 0003 update), through a route that uses it: submitting a bid. */

const user = "user-provider-bridge";

const draftBid = async () => {
  const opportunity = await publishedOpportunity();
  const token = await tokenFor(user);
  const draft = await api("PUT", `/api/opportunities/${opportunity.id}/bid`, {
    token,
    body: { content: completeBidContent(), version: 0 },
  });
  expect(draft.status).toBe(200);
  const submit = (key: string, body: object) =>
    api("POST", `/api/opportunities/${opportunity.id}/bid/submit`, {
      token,
      body,
      headers: { "idempotency-key": key },
    });
  return { submit, version: draft.body.version as number };
};

const record = (key: string) => recordId({ operationId: "submitBid", userId: user, key });

describe("an Idempotency-Key on an idempotent route", () => {
  it("refuses the same key with a different body (422), and still replays the first answer after that", async () => {
    const { submit, version } = await draftBid();
    const key = `idem-${Date.now()}-body`;
    const first = await submit(key, { version });
    expect(first.status).toBe(200);

    const different = await submit(key, { version: version + 7 });
    expect(different.status).toBe(422);
    expect(different.body.detail).toBe("This Idempotency-Key was already used for a different request.");

    // The refusal leaves the first answer in place: the genuine retry is replayed, not run again.
    const retry = await submit(key, { version });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
  });

  it("answers 409 while the first request with the key is still running, and lets a retry run once its holder's deadline has passed", async () => {
    const { submit, version } = await draftBid();
    const key = `idem-${Date.now()}-busy`;
    const id = record(key);
    const tableName = localNames.idempotencyTable;
    // A request that claimed the key and is still running (its Lambda has a minute left).
    await table().send(
      new PutCommand({
        TableName: tableName,
        Item: {
          id,
          status: "INPROGRESS",
          validation: payloadHash({ version }),
          expiration: Math.floor(Date.now() / 1000) + 3600,
          in_progress_expiration: Date.now() + 60_000,
        },
      }),
    );
    const busy = await submit(key, { version });
    expect(busy.status).toBe(409);
    expect(busy.body.detail).toBe("The same request is already being processed. Wait a moment and reload.");
    // The refused duplicate did not release the running request's claim.
    const held = await table().send(new GetCommand({ TableName: tableName, Key: { id } }));
    expect(held.Item?.status).toBe("INPROGRESS");

    // The holder died (its deadline passed without an answer): the next retry runs and is remembered.
    await table().send(
      new UpdateCommand({
        TableName: tableName,
        Key: { id },
        UpdateExpression: "SET in_progress_expiration = :past",
        ExpressionAttributeValues: { ":past": Date.now() - 1 },
      }),
    );
    const taken = await submit(key, { version });
    expect(taken.status).toBe(200);
    expect(taken.body.status).toBe("submitted");
    const replay = await submit(key, { version });
    expect(replay.body).toEqual(taken.body);
  });
});
