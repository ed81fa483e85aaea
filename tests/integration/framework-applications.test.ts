import { describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";
import { settleJobs } from "../support/jobs.ts";
import { emailsWithSubject, notificationsLinkingTo } from "../support/notifications.ts";

const validApplication = {
  organisationName: "Fresh Start Mentoring",
  legalForm: "Charitable incorporated organisation",
  registrationNumber: "1199231",
  size: "micro",
  vcse: true,
  needAreaIds: ["lifestyle-associates", "emotional-management-health"],
  regionIds: ["london"],
  safeguardingDeclaration: true,
  dataProtectionDeclaration: true,
};

describe("applying to join the framework", () => {
  it("answers a malformed body with 400 and one plain-English message per field", async () => {
    const token = await tokenFor("user-provider-fresh-start");
    const res = await api("POST", "/api/framework/applications", {
      token,
      body: {
        organisationName: "",
        size: "enormous",
        needAreaIds: ["not-a-need"],
        safeguardingDeclaration: false,
      },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const byPath = Object.fromEntries(
      (res.body.errors as { path: string; message: string }[]).map((e) => [e.path, e.message]),
    );
    expect(byPath).toMatchObject({
      organisationName: "Enter your organisation's name",
      size: "Select the size of your organisation",
      "needAreaIds.0": "Select need areas from the list (choice 1 is not one of them)",
      regionIds: "Select at least one region",
      safeguardingDeclaration: "Confirm that your organisation meets the safeguarding requirements",
      dataProtectionDeclaration: "Confirm that your organisation meets the data protection requirements",
    });
  });

  it("answers a body that is not JSON with 400, not 500", async () => {
    const token = await tokenFor("user-provider-fresh-start");
    const res = await api("POST", "/api/framework/applications", { token, rawBody: "{not json" });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: "body", message: "The request body is not valid JSON" }]);
  });

  it("is for providers only: a responsible officer gets 403", async () => {
    const token = await tokenFor("user-officer-camden");
    const res = await api("POST", "/api/framework/applications", { token, body: validApplication });
    expect(res.status).toBe(403);
  });

  it("takes an application, replays a retry with the same Idempotency-Key, and refuses a second one", async () => {
    const token = await tokenFor("user-provider-fresh-start");
    const headers = { "idempotency-key": "apply-fresh-start-0001" };
    const first = await api("POST", "/api/framework/applications", {
      token,
      body: validApplication,
      headers,
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: "submitted", organisationId: "org-fresh-start", version: 1 });

    const retry = await api("POST", "/api/framework/applications", {
      token,
      body: validApplication,
      headers,
    });
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);

    const second = await api("POST", "/api/framework/applications", {
      token,
      body: validApplication,
      headers: { "idempotency-key": "apply-fresh-start-0002" },
    });
    expect(second.status).toBe(409);

    const mine = await api("GET", "/api/framework/applications/mine", { token });
    expect(mine.body.items.map((a: { id: string }) => a.id)).toEqual([first.body.id]);
    const me = await api("GET", "/api/me", { token });
    expect(me.body.organisation.frameworkStatus).toBe("applied");
  });
});

describe("deciding applications", () => {
  it("is for framework administrators: another commissioner gets 403", async () => {
    const token = await tokenFor("user-commissioner-wales");
    expect((await api("GET", "/api/framework/applications", { token })).status).toBe(403);
  });

  it("hides one provider's application from another provider (404)", async () => {
    const admin = await tokenFor("user-commissioner-london");
    const list = await api("GET", "/api/framework/applications?status=submitted", { token: admin });
    const secondChance = list.body.items.find(
      (a: { organisationId: string }) => a.organisationId === "org-second-chance",
    );
    expect(secondChance).toBeDefined();
    const other = await tokenFor("user-provider-bridge");
    expect(
      (await api("GET", `/api/framework/applications/${secondChance.id}`, { token: other })).status,
    ).toBe(404);
    const owner = await tokenFor("user-provider-second-chance");
    expect(
      (await api("GET", `/api/framework/applications/${secondChance.id}`, { token: owner })).status,
    ).toBe(200);
  });

  it("requires a reason to reject, admits with the current version, and refuses a stale decision with 409", async () => {
    const admin = await tokenFor("user-commissioner-london");
    const list = await api("GET", "/api/framework/applications", { token: admin });
    const app = list.body.items.find(
      (a: { organisationId: string }) => a.organisationId === "org-second-chance",
    );

    const noReason = await api("POST", `/api/framework/applications/${app.id}/decision`, {
      token: admin,
      body: { decision: "reject", version: app.version },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([
      { path: "reason", message: "Enter the reason for rejecting the application" },
    ]);

    const admitted = await api("POST", `/api/framework/applications/${app.id}/decision`, {
      token: admin,
      body: { decision: "admit", version: app.version },
    });
    expect(admitted.status).toBe(200);
    expect(admitted.body).toMatchObject({ status: "admitted", version: app.version + 1 });
    expect(admitted.body).not.toHaveProperty("decisionReason");
    const reread = await api("GET", `/api/framework/applications/${app.id}`, { token: admin });
    expect(reread.body).not.toHaveProperty("decisionReason");

    // The applying organisation is told, in the portal and by e-mail.
    await settleJobs();
    expect((await notificationsLinkingTo("user-provider-second-chance", "/")).map((n) => n.title)).toContain(
      "Your organisation has been admitted to the framework",
    );
    expect(
      (await emailsWithSubject("Your organisation has been admitted to the framework")).map((e) => e.to),
    ).toContainEqual(["grace.okafor@secondchance.example"]);

    const stale = await api("POST", `/api/framework/applications/${app.id}/decision`, {
      token: admin,
      body: { decision: "reject", reason: "Changed my mind", version: app.version },
    });
    expect(stale.status).toBe(409);

    const provider = await tokenFor("user-provider-second-chance");
    const me = await api("GET", "/api/me", { token: provider });
    expect(me.body.organisation).toMatchObject({ frameworkStatus: "admitted", regionIds: ["wales"] });
    const pending = await api("GET", "/api/framework/applications?status=submitted", { token: admin });
    expect(pending.body.items.some((a: { id: string }) => a.id === app.id)).toBe(false);
  });

  it("rejects a cursor that does not belong to the list", async () => {
    const admin = await tokenFor("user-commissioner-london");
    const forged = Buffer.from(JSON.stringify({ pk: "ORG#x", gsi1pk: "APPLICATIONS#admitted" })).toString(
      "base64url",
    );
    const res = await api("GET", `/api/framework/applications?status=submitted&cursor=${forged}`, {
      token: admin,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe("query.cursor");
  });
});
