import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, afterEach, describe, expect, inject, it } from "vitest";
import { api } from "../support/api.ts";
import { postToS3, requestUpload, tinyPdf } from "../support/documents.ts";
import { completeBidContent } from "../support/opportunities.ts";
import { applicationInput, draftBid, opportunity, principals, table, token } from "./support/fixtures.ts";
import { bidKind } from "#functions/bids/items.ts";

let faults = 0;
afterAll(() =>
  console.log(`Faults: ${faults} injected (DynamoDB Local or S3 stopped under the running portal)`),
);

/** Stops or starts a store of the reliability stack through its control port. */
const control = async (action: "dynamodb/stop" | "dynamodb/start" | "s3/stop" | "s3/start") => {
  const res = await fetch(`${inject("controlUrl")}/${action}`, { method: "POST" });
  expect(res.status, await res.text()).toBe(204);
  if (action.endsWith("stop")) faults += 1;
};

// Whatever a test did, the stores run again afterwards (starting a running one is harmless to skip).
let stopped = new Set<string>();
afterEach(async () => {
  for (const store of stopped) await control(`${store}/start` as "dynamodb/start" | "s3/start");
  stopped = new Set();
});

/** A request that must answer, not hang: fails if no answer comes within 15 s. */
const call = (method: string, path: string, options: Parameters<typeof api>[2] = {}) =>
  api(method, path, { ...options, signal: AbortSignal.timeout(15_000) });

const expect503 = (res: Awaited<ReturnType<typeof api>>, what: string) => {
  expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBe(503);
  expect(res.headers.get("content-type"), what).toContain("application/problem+json");
  expect(res.body.title, what).toBe("Service unavailable");
  expect(res.headers.get("retry-after"), what).toMatch(/^\d+$/);
};

/** Polls until the request answers 200 (DynamoDB Local takes a few seconds to start). */
const eventually200 = async (request: () => ReturnType<typeof api>) => {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const res = await request();
    if (res.status === 200) return res;
    await new Promise((r) => setTimeout(r, 500));
  }
  return request();
};

const storedBid = async (opportunityId: string) =>
  (
    await table().send(
      new GetCommand({
        TableName: inject("tableName"),
        Key: bidKind.key({ opportunityId: opportunityId, organisationId: "org-bridge-housing" }),
      }),
    )
  ).Item;

describe("DynamoDB Local stopped under the running portal", () => {
  it("answers 503 problem+json at once, and recovers when it is back, without a restart of the portal", async () => {
    const o = await opportunity();
    const version = await draftBid(principals.provider, o.id);
    const helen = await token(principals.commissioner);
    const priya = await token(principals.provider);
    const reads = {
      health: () => call("GET", "/api/health"),
      me: () => call("GET", "/api/me", { token: priya }),
      opportunity: () => call("GET", `/api/opportunities/${o.id}`, { token: helen }),
    };
    const save = () =>
      call("PUT", `/api/opportunities/${o.id}/bid`, {
        token: priya,
        body: { content: { ...completeBidContent(), socialValueAnswer: "Saved after the outage" }, version },
      });
    const submit = () =>
      call("POST", `/api/opportunities/${o.id}/bid/submit`, {
        token: priya,
        body: { version },
        headers: { "idempotency-key": `fault-${o.id}` },
      });
    for (const read of Object.values(reads)) expect((await read()).status).toBe(200);

    await control("dynamodb/stop");
    stopped.add("dynamodb");
    for (const [name, read] of Object.entries(reads)) expect503(await read(), name);
    expect503(await save(), "saving a bid");
    expect503(await submit(), "submitting with an Idempotency-Key");

    await control("dynamodb/start");
    stopped.delete("dynamodb");
    for (const [name, read] of Object.entries(reads))
      expect((await eventually200(read)).status, name).toBe(200);
    // Nothing the refused writes sent was stored; the same write now succeeds.
    expect(await storedBid(o.id)).toMatchObject({ status: "draft", version });
    const saved = await save();
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.content.socialValueAnswer).toBe("Saved after the outage");
  });
});

describe("S3 stopped during an upload", () => {
  it("refuses the upload clearly, answers 503 when the file is attached, and stores no orphan record", async () => {
    const o = await opportunity();
    const version = await draftBid(principals.provider, o.id);
    const priya = await token(principals.provider);
    const file = { fileName: "plan.pdf", contentType: "application/pdf", size: tinyPdf.length };
    const grant = await requestUpload(priya, { type: "bid", opportunityId: o.id }, file);
    const attach = () =>
      call("PUT", `/api/opportunities/${o.id}/bid`, {
        token: priya,
        body: {
          content: { ...completeBidContent(), attachments: [{ documentId: grant.documentId, ...file }] },
          version,
        },
      });

    await control("s3/stop");
    stopped.add("s3");
    const posted = await postToS3(grant, tinyPdf);
    expect(posted.status).toBe(503);
    expect(posted.body).toContain("ServiceUnavailable");
    expect503(await attach(), "attaching the file to the bid");
    expect(await storedBid(o.id)).toMatchObject({ version, content: { attachments: [] } });

    // An application with a supporting document: refused, and neither the application nor the
    // organisation's new status is stored.
    const maya = await token(principals.unadmittedProvider);
    const before = {
      me: (await call("GET", "/api/me", { token: maya })).body.organisation,
      mine: (await call("GET", "/api/framework/applications/mine", { token: maya })).body.items,
    };
    const applied = await call("POST", "/api/framework/applications", {
      token: maya,
      body: {
        ...applicationInput("Fresh Start Mentoring"),
        attachments: [{ documentId: "01JAAAAAAAAAAAAAAAAAAAAAAA", ...file }],
      },
    });
    expect503(applied, "applying with a supporting document");
    expect((await call("GET", "/api/me", { token: maya })).body.organisation).toEqual(before.me);
    expect((await call("GET", "/api/framework/applications/mine", { token: maya })).body.items).toEqual(
      before.mine,
    );

    await control("s3/start");
    stopped.delete("s3");
    expect((await postToS3(grant, tinyPdf)).status).toBe(204);
    const attached = await attach();
    expect(attached.status, JSON.stringify(attached.body)).toBe(200);
    expect(attached.body.content.attachments).toEqual([
      expect.objectContaining({ documentId: grant.documentId, size: tinyPdf.length }),
    ]);
  });
});
