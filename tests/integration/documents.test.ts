import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { maxDocumentBytes } from "#shared/documents/document.ts";
import { api, setClock, tokenFor } from "../support/api.ts";
import { postToS3, requestUpload, tinyPdf, uploadDocument } from "../support/documents.ts";
import { completeBidContent, publishedOpportunity } from "../support/opportunities.ts";

const pdf = (size: number) => ({ fileName: "policy.pdf", contentType: "application/pdf", size });

const saveBid = (token: string, opportunityId: string, version: number, attachments: object[]) =>
  api("PUT", `/api/opportunities/${opportunityId}/bid`, {
    token,
    body: { content: { ...completeBidContent(), attachments }, version },
  });

const downloadPath = (opportunityId: string, organisationId: string, documentId: string) =>
  `/api/opportunities/${opportunityId}/bids/${organisationId}/documents/${documentId}`;

describe("documents", () => {
  afterEach(() => setClock({ offsetMs: 0 }));

  it("uploads a PDF straight to S3, attaches it to the bid, and lets an evaluator who has declared download it after the deadline", async () => {
    const opportunity = await publishedOpportunity();
    const priya = await tokenFor("user-provider-bridge");
    const attachment = await uploadDocument(
      priya,
      { type: "bid", opportunityId: opportunity.id },
      "Safeguarding policy.pdf",
    );
    const saved = await saveBid(priya, opportunity.id, 0, [attachment]);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    // Type and size are S3's, not the request's.
    expect(saved.body.content.attachments).toEqual([
      {
        documentId: attachment.documentId,
        fileName: "Safeguarding policy.pdf",
        contentType: "application/pdf",
        size: tinyPdf.length,
      },
    ]);
    const submitted = await api("POST", `/api/opportunities/${opportunity.id}/bid/submit`, {
      token: priya,
      body: { version: saved.body.version },
    });
    expect(submitted.status).toBe(200);
    // Sealed at submit: the bid records the SHA-256 of exactly the bytes uploaded.
    expect(submitted.body.content.attachments[0].sha256).toBe(
      createHash("sha256").update(tinyPdf).digest("hex"),
    );

    const path = downloadPath(opportunity.id, "org-bridge-housing", attachment.documentId);
    // Sealed: the commissioner cannot fetch it before the deadline; another provider never can.
    const helen = await tokenFor("user-commissioner-london");
    expect((await api("GET", path, { token: helen })).status).toBe(404);
    expect((await api("GET", path, { token: await tokenFor("user-provider-pathways") })).status).toBe(404);
    const own = await api("GET", path, { token: priya });
    expect(own.status).toBe(200);

    await setClock({ now: new Date(Date.parse(opportunity.submissionDeadline) + 60_000).toISOString() });
    // After the deadline, only a panel member who has declared no conflict may read it (ADR "one life cycle per competition").
    const lead = await tokenFor("user-commissioner-london");
    expect((await api("GET", path, { token: lead })).status).toBe(404);
    const evaluation = `/api/opportunities/${opportunity.id}/evaluation`;
    const panel = { evaluatorIds: ["user-commissioner-london"], version: 0 };
    expect((await api("PUT", `${evaluation}/panel`, { token: lead, body: panel })).status).toBe(200);
    const declared = await api("POST", `${evaluation}/declaration`, {
      token: lead,
      body: { bidders: [{ organisationId: "org-bridge-housing", conflict: false }] },
    });
    expect(declared.status).toBe(201);
    const link = await api("GET", path, { token: lead });
    expect(link.status).toBe(200);
    expect(link.body.fileName).toBe("Safeguarding policy.pdf");
    const file = await fetch(link.body.url);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toContain("Safeguarding%20policy.pdf");
    expect(Buffer.from(await file.arrayBuffer())).toEqual(tinyPdf);
    // The first test of the file also warms the handlers: allow for a busy 2-core machine.
  }, 60_000);

  it("is refused by S3 itself when the file is larger than 20 MB, whatever size was declared", async () => {
    const opportunity = await publishedOpportunity();
    const priya = await tokenFor("user-provider-bridge");
    const grant = await requestUpload(priya, { type: "bid", opportunityId: opportunity.id }, pdf(1000));
    const posted = await postToS3(grant, Buffer.alloc(maxDocumentBytes + 1, 1));
    expect(posted.status).toBe(400);
    expect(posted.body).toContain("<Code>EntityTooLarge</Code>");

    // Nothing reached S3, so the bid cannot claim it.
    const saved = await saveBid(priya, opportunity.id, 0, [{ documentId: grant.documentId, ...pdf(1000) }]);
    expect(saved.status).toBe(400);
    expect(saved.body.errors).toEqual([
      { path: "content.attachments.0", message: "policy.pdf has not finished uploading. Upload it again." },
    ]);
  });

  it("is refused by S3 itself when the file is sent as another type or to another key than granted", async () => {
    const opportunity = await publishedOpportunity();
    const priya = await tokenFor("user-provider-bridge");
    const grant = await requestUpload(
      priya,
      { type: "bid", opportunityId: opportunity.id },
      pdf(tinyPdf.length),
    );

    const asProgram = await postToS3(grant, tinyPdf, { "Content-Type": "application/x-msdownload" });
    expect(asProgram.status).toBe(403);
    expect(asProgram.body).toContain("Policy Condition failed");

    const elsewhere = await postToS3(grant, tinyPdf, {
      key: `bids/${opportunity.id}/org-northern-pathways/${grant.documentId}`,
    });
    expect(elsewhere.status).toBe(403);

    const forged = await postToS3(grant, tinyPdf, {
      Policy: Buffer.from(JSON.stringify({ expiration: "2099-01-01T00:00:00Z", conditions: [] })).toString(
        "base64",
      ),
    });
    expect(forged.status).toBe(403);
    expect(forged.body).toContain("SignatureDoesNotMatch");

    // The same grant, used as granted, still works.
    expect((await postToS3(grant, tinyPdf)).status).toBe(204);
  });

  it("refuses to sign an upload of a disallowed type or size, naming the field", async () => {
    const opportunity = await publishedOpportunity();
    const priya = await tokenFor("user-provider-bridge");
    const res = await api("POST", "/api/documents/uploads", {
      token: priya,
      body: {
        owner: { type: "bid", opportunityId: opportunity.id },
        fileName: "setup.exe",
        contentType: "application/x-msdownload",
        size: maxDocumentBytes + 1,
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        {
          path: "contentType",
          message: "The selected file must be a PDF, DOCX, ODT, XLSX, CSV, PNG or JPEG",
        },
        { path: "size", message: "The selected file must be smaller than 20 MB" },
      ]),
    );
  });

  it("refuses a file whose name is not its declared type (evil.html as a PDF), naming the field", async () => {
    const opportunity = await publishedOpportunity();
    const res = await api("POST", "/api/documents/uploads", {
      token: await tokenFor("user-provider-bridge"),
      body: { owner: { type: "bid", opportunityId: opportunity.id }, ...pdf(100), fileName: "evil.html" },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { path: "fileName", message: "The file name must end in .pdf, to match the file type (PDF)" },
    ]);
  });

  it("refuses on attach a file whose bytes are not its declared type (a PNG as a PDF), and removes it", async () => {
    const opportunity = await publishedOpportunity();
    const priya = await tokenFor("user-provider-bridge");
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64, 7),
    ]);
    const file = { fileName: "Scanned policy.pdf", contentType: "application/pdf", size: png.length };
    const grant = await requestUpload(priya, { type: "bid", opportunityId: opportunity.id }, file);
    // S3 checks the declared type, not the bytes: the upload itself goes through.
    expect((await postToS3(grant, png)).status).toBe(204);

    const saved = await saveBid(priya, opportunity.id, 0, [{ documentId: grant.documentId, ...file }]);
    expect(saved.status).toBe(400);
    expect(saved.body.errors).toEqual([
      {
        path: "content.attachments.0",
        message:
          "Scanned policy.pdf is not a PDF: its contents are a different kind of file. Select the file again, saved as a PDF.",
      },
    ]);
    // The object is gone: attaching it again finds nothing uploaded.
    const again = await saveBid(priya, opportunity.id, 0, [{ documentId: grant.documentId, ...file }]);
    expect(again.status).toBe(400);
    expect(again.body.errors).toEqual([
      {
        path: "content.attachments.0",
        message: "Scanned policy.pdf has not finished uploading. Upload it again.",
      },
    ]);
  });

  it("signs bid uploads only for a provider that may bid on the opportunity", async () => {
    const opportunity = await publishedOpportunity();
    const body = { owner: { type: "bid", opportunityId: opportunity.id }, ...pdf(100) };
    const unadmitted = await api("POST", "/api/documents/uploads", {
      token: await tokenFor("user-provider-fresh-start"),
      body,
    });
    expect(unadmitted.status).toBe(403);
    const commissioner = await api("POST", "/api/documents/uploads", {
      token: await tokenFor("user-commissioner-london"),
      body,
    });
    expect(commissioner.status).toBe(403);
    await setClock({
      now: new Date(Date.parse(opportunity.submissionDeadline) + 1).toISOString(),
      frozen: true,
    });
    const late = await api("POST", "/api/documents/uploads", {
      token: await tokenFor("user-provider-bridge"),
      body,
    });
    expect(late.status).toBe(422);
  });

  it("keeps objects private: a plain request for a stored document is refused", async () => {
    const opportunity = await publishedOpportunity();
    const priya = await tokenFor("user-provider-bridge");
    const grant = await requestUpload(
      priya,
      { type: "bid", opportunityId: opportunity.id },
      pdf(tinyPdf.length),
    );
    expect((await postToS3(grant, tinyPdf)).status).toBe(204);
    const plain = await fetch(`${grant.url.replace(/\/$/, "")}/${grant.fields.key}`);
    expect(plain.status).toBe(403);
  });

  it("attaches supporting documents to a framework application for the framework administrator to read", async () => {
    // Ade's organisation is in the demo data for this: it has not applied, and no other test applies for it.
    const ade = await tokenFor("user-provider-open-door");
    const attachment = await uploadDocument(ade, { type: "application" }, "Annual accounts.pdf");
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
        attachments: [attachment],
      },
    });
    expect(applied.status, JSON.stringify(applied.body)).toBe(201);
    const path = `/api/framework/applications/${applied.body.id}/documents/${attachment.documentId}`;
    const helen = await api("GET", path, { token: await tokenFor("user-commissioner-london") });
    expect(helen.status).toBe(200);
    expect(Buffer.from(await (await fetch(helen.body.url)).arrayBuffer())).toEqual(tinyPdf);
    // Rhys is a commissioner but not a framework administrator; Priya is another provider.
    expect((await api("GET", path, { token: await tokenFor("user-commissioner-wales") })).status).toBe(404);
    expect((await api("GET", path, { token: await tokenFor("user-provider-bridge") })).status).toBe(404);
  });
});
