import { describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";
import { newOfficer, signInInvitee } from "../support/people.ts";
import { bridgeIntervention } from "../reliability/support/fixtures.ts";

const helen = () => tokenFor("user-commissioner-london");

describe("probation staff (framework administrators)", () => {
  it("only a framework administrator manages staff", async () => {
    const rhys = await tokenFor("user-commissioner-wales");
    expect((await api("GET", "/api/staff", { token: rhys })).status).toBe(403);
    expect((await api("GET", "/api/staff", { token: await tokenFor("user-officer-camden") })).status).toBe(
      403,
    );
    const listed = await api("GET", "/api/staff", { token: await helen() });
    expect(listed.status).toBe(200);
    expect(listed.body.members.map((m: { name: string }) => m.name)).toContain("Sam Rowe");
  });

  it("an officer invited into a PDU signs in there; moved to another PDU, their referral stays theirs", async () => {
    const officer = await newOfficer("camden-and-islington", "Pat Moved");
    const token = await signInInvitee(officer.email);
    const me = await api("GET", "/api/me", { token });
    expect(me.body.user).toMatchObject({ role: "responsible-officer", pdu: "camden-and-islington" });
    const draft = await api("POST", "/api/referrals", {
      token,
      body: { interventionId: bridgeIntervention },
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);

    const moved = await api("PUT", `/api/staff/${officer.userId}`, {
      token: await helen(),
      body: { regions: [], pdu: "hackney-and-city", frameworkAdmin: false, version: 1 },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ pdu: "hackney-and-city", regions: ["london"], version: 2 });
    // Their next sign-in carries the new PDU; the referral they made is still theirs.
    const after = await signInInvitee(officer.email);
    expect((await api("GET", "/api/me", { token: after })).body.user.pdu).toBe("hackney-and-city");
    expect((await api("GET", `/api/referrals/${draft.body.id}`, { token: after })).status).toBe(200);

    const stale = await api("PUT", `/api/staff/${officer.userId}`, {
      token: await helen(),
      body: { regions: [], pdu: "camden-and-islington", frameworkAdmin: false, version: 1 },
    });
    expect(stale.status).toBe(409);

    expect((await api("DELETE", `/api/staff/${officer.userId}`, { token: await helen() })).status).toBe(200);
    await expect(signInInvitee(officer.email)).rejects.toThrow();
  });

  it("refuses an officer without a PDU, naming the field", async () => {
    const res = await api("POST", "/api/staff/invitations", {
      token: await helen(),
      body: { name: "No Pdu", email: "no.pdu@example.org", role: "responsible-officer", regions: [] },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { path: "pdu", message: "Select the officer's probation delivery unit" },
    ]);
  });
});
