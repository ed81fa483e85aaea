import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { api, setClock } from "../support/api.ts";
import { postToS3, requestUpload } from "../support/documents.ts";
import { completeBidContent } from "../support/opportunities.ts";
import { draftBid, inDays, opportunity, principals, refreshTokens, token } from "./support/fixtures.ts";

/**
 * Defect 1 of issue 12: a presigned upload grant could be used again after the bid or application was
 * submitted (and after the deadline), and the reader then downloaded the replacement. What is read
 * must be the bytes whose SHA-256 was shown at submit (ADR 0010).
 */
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const pdfSaying = (text: string) =>
  Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
const original = pdfSaying("the method statement as submitted");
const replacement = pdfSaying("a better method statement, written after seeing the deadline pass");

type Attached = { documentId: string; fileName: string; sha256?: string };

/** Downloads a document through the API's one-minute link, as a reader would. */
const downloaded = async (path: string, userId: string) => {
  const link = await api("GET", path, { token: await token(userId) });
  expect(link.status, JSON.stringify(link.body)).toBe(200);
  const file = await fetch(link.body.url);
  expect(file.status).toBe(200);
  return new Uint8Array(await file.arrayBuffer());
};

/** Uses an upload grant again with other bytes: S3 takes it (the grant is still valid) or refuses it. */
const reuse = async (grant: { url: string; fields: Record<string, string> }) => {
  const posted = await postToS3(grant, replacement);
  expect([204, 403]).toContain(posted.status);
};

afterAll(async () => {
  await setClock({ offsetMs: 0 });
  refreshTokens();
});

describe("sealed attachments", () => {
  it("keeps a submitted bid's file as submitted when its grant is used again after submit and after the deadline", async () => {
    const o = await opportunity({
      overrides: { clarificationDeadline: await inDays(5), submissionDeadline: await inDays(10) },
    });
    const bridge = await token(principals.provider);
    const file = { fileName: "Method statement.pdf", contentType: "application/pdf", size: original.length };
    const grant = await requestUpload(bridge, { type: "bid", opportunityId: o.id }, file);
    expect((await postToS3(grant, original)).status).toBe(204);
    const content = { ...completeBidContent(), attachments: [{ documentId: grant.documentId, ...file }] };
    const draftVersion = await draftBid(principals.provider, o.id, content);

    const submitted = await api("POST", `/api/opportunities/${o.id}/bid/submit`, {
      token: bridge,
      body: { version: draftVersion },
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const shown = (submitted.body.content.attachments as Attached[])[0]?.sha256;
    expect(shown).toBe(sha256(original));
    const mine = await api("GET", `/api/opportunities/${o.id}/bid`, { token: bridge });
    expect((mine.body.content.attachments as Attached[])[0]?.sha256).toBe(shown);

    const path = `/api/opportunities/${o.id}/bids/org-bridge-housing/documents/${grant.documentId}`;
    await reuse(grant);
    expect(sha256(await downloaded(path, principals.provider))).toBe(shown);

    // After the deadline: the grant (five minutes of real time) is used again, then the panel reads.
    await setClock({ now: await inDays(11) });
    refreshTokens();
    await reuse(grant);
    const helen = principals.commissioner;
    const base = `/api/opportunities/${o.id}/evaluation`;
    const panel = await api("PUT", `${base}/panel`, {
      token: await token(helen),
      body: { evaluatorIds: [helen], version: 0 },
    });
    expect(panel.status, JSON.stringify(panel.body)).toBeLessThan(300);
    const declared = await api("POST", `${base}/declaration`, {
      token: await token(helen),
      body: { bidders: [{ organisationId: "org-bridge-housing", conflict: false }] },
    });
    expect(declared.status, JSON.stringify(declared.body)).toBeLessThan(300);

    const read = await api("GET", `/api/opportunities/${o.id}/bids/org-bridge-housing`, {
      token: await token(helen),
    });
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    expect((read.body.content.attachments as Attached[])[0]?.sha256).toBe(shown);
    const bytes = await downloaded(path, helen);
    expect(sha256(bytes)).toBe(shown);
    expect(Buffer.from(bytes)).toEqual(original);
    expect(sha256(await downloaded(path, principals.provider))).toBe(shown);
    await setClock({ offsetMs: 0 });
    refreshTokens();
    // The first test of the file also warms the handlers: allow for a busy 2-core machine.
  }, 240_000);

  it("keeps a framework application's file as submitted when its grant is used again, and grants no more uploads to it", async () => {
    const ade = await token("user-provider-open-door");
    // Another file of the suite may have left Ade's organisation an application waiting: reject it.
    const mine = await api("GET", "/api/framework/applications/mine", { token: ade });
    const pending = (mine.body.items as { id: string; status: string; version: number }[]).find(
      (a) => a.status === "submitted",
    );
    if (pending) {
      const rejected = await api("POST", `/api/framework/applications/${pending.id}/decision`, {
        token: await token(principals.commissioner),
        body: {
          decision: "reject",
          reason: "Left by an earlier file of the suite",
          version: pending.version,
        },
      });
      expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    }
    const file = { fileName: "Annual accounts.pdf", contentType: "application/pdf", size: original.length };
    const grant = await requestUpload(ade, { type: "application" }, file);
    expect((await postToS3(grant, original)).status).toBe(204);
    const applied = await api("POST", "/api/framework/applications", {
      token: ade,
      body: {
        organisationName: "Open Door Advice",
        legalForm: "Charitable incorporated organisation",
        registrationNumber: "1187342",
        size: "small",
        vcse: true,
        needAreaIds: ["finance-benefits-debt"],
        regionIds: ["london"],
        safeguardingDeclaration: true,
        dataProtectionDeclaration: true,
        attachments: [{ documentId: grant.documentId, ...file }],
      },
    });
    expect(applied.status, JSON.stringify(applied.body)).toBe(201);
    const shown = (applied.body.attachments as Attached[])[0]?.sha256;
    expect(shown).toBe(sha256(original));

    await reuse(grant);
    const path = `/api/framework/applications/${applied.body.id}/documents/${grant.documentId}`;
    const seen = await api("GET", `/api/framework/applications/${applied.body.id}`, {
      token: await token(principals.commissioner),
    });
    expect((seen.body.attachments as Attached[])[0]?.sha256).toBe(shown);
    expect(sha256(await downloaded(path, principals.commissioner))).toBe(shown);
    expect(sha256(await downloaded(path, "user-provider-open-door"))).toBe(shown);

    // Nothing can be added to an application once it is sent.
    const more = await api("POST", "/api/documents/uploads", {
      token: ade,
      body: { owner: { type: "application" }, ...file },
    });
    expect(more.status).toBe(422);
    expect(more.body.detail).toContain("already been sent");
  });
});

/**
 * Defect 8 of issue 12: the local S3 gate let a forged SigV4 signature through, so the local bucket was
 * not private. Real S3 answers 403 to a request whose signature it cannot recompute.
 */
describe("the local S3 bucket", () => {
  const forgedDate = () =>
    new Date()
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d+Z$/, "Z");
  const zeros = "0".repeat(64);

  /** Bridge's uploaded file, with its object URL and the API's own download link to it. */
  const storedFile = async () => {
    const o = await opportunity();
    const bridge = await token(principals.provider);
    const file = { fileName: "Policy.pdf", contentType: "application/pdf", size: original.length };
    const grant = await requestUpload(bridge, { type: "bid", opportunityId: o.id }, file);
    expect((await postToS3(grant, original)).status).toBe(204);
    await draftBid(principals.provider, o.id, {
      ...completeBidContent(),
      attachments: [{ documentId: grant.documentId, ...file }],
    });
    const link = await api(
      "GET",
      `/api/opportunities/${o.id}/bids/org-bridge-housing/documents/${grant.documentId}`,
      { token: bridge },
    );
    expect(link.status).toBe(200);
    return {
      objectUrl: `${grant.url.replace(/\/$/, "")}/${grant.fields.key}`,
      link: link.body.url as string,
    };
  };

  it("refuses to read an object with a forged or missing signature, and serves a genuine link", async () => {
    const { objectUrl, link } = await storedFile();
    expect((await fetch(link)).status).toBe(200);

    const zeroed = await fetch(link.replace(/X-Amz-Signature=[0-9a-f]{64}/, `X-Amz-Signature=${zeros}`));
    expect(zeroed.status).toBe(403);
    expect(await zeroed.text()).toContain("<Code>SignatureDoesNotMatch</Code>");

    const credential = encodeURIComponent(`S3RVER/${forgedDate().slice(0, 8)}/eu-west-2/s3/aws4_request`);
    const handMade = await fetch(
      `${objectUrl}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${credential}&X-Amz-Date=${forgedDate()}` +
        `&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature=${zeros}`,
    );
    expect(handMade.status).toBe(403);

    const fakeHeader = await fetch(objectUrl, {
      headers: {
        authorization: `AWS4-HMAC-SHA256 Credential=S3RVER/${forgedDate().slice(0, 8)}/eu-west-2/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${zeros}`,
        "x-amz-date": forgedDate(),
        "x-amz-content-sha256": "UNSIGNED-PAYLOAD",
      },
    });
    expect(fakeHeader.status).toBe(403);
    expect(await fakeHeader.text()).toContain("<Code>SignatureDoesNotMatch</Code>");

    expect((await fetch(objectUrl)).status).toBe(403);
  });

  it("refuses to overwrite an object with a fake Authorization header or none, so the file stays as uploaded", async () => {
    const { objectUrl, link } = await storedFile();
    const put = (headers: Record<string, string>) =>
      fetch(objectUrl, {
        method: "PUT",
        headers: { "content-type": "application/pdf", ...headers },
        body: replacement,
      });

    const forged = await put({
      authorization: `AWS4-HMAC-SHA256 Credential=S3RVER/${forgedDate().slice(0, 8)}/eu-west-2/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=${zeros}`,
      "x-amz-date": forgedDate(),
      "x-amz-content-sha256": "UNSIGNED-PAYLOAD",
    });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain("<Code>SignatureDoesNotMatch</Code>");
    const unknownKey = await put({
      authorization: `AWS4-HMAC-SHA256 Credential=ATTACKER/${forgedDate().slice(0, 8)}/eu-west-2/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${zeros}`,
      "x-amz-date": forgedDate(),
    });
    expect(unknownKey.status).toBe(403);
    expect((await put({})).status).toBe(403);

    const file = await fetch(link);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(original);
  });
});
