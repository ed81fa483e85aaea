import { readFileSync } from "node:fs";
import { importJWK, type JWK, SignJWT } from "jose";
import { describe, expect, inject, it } from "vitest";
import { api, gatewayUrl } from "../support/api.ts";
import { opportunityFields } from "../support/opportunities.ts";

/**
 * Defect 9 of issue 12: the actor name in timelines and audit trails came from the token's `name`
 * claim, which a Cognito user could change for themselves. The name shown must be the portal's own
 * account record. The token here is genuine in every other claim (signed with the portal's issuer key).
 */
const signedAsHelenCalled = async (name: string) => {
  const key = JSON.parse(readFileSync(inject("signingKeyFile"), "utf8")) as JWK;
  const at = Math.floor(Date.now() / 1000);
  return new SignJWT({
    "cognito:groups": ["commissioner"],
    name,
    "custom:regions": "london,kent-surrey-sussex",
    "custom:frameworkAdmin": "true",
  })
    .setProtectedHeader({ alg: "RS256", kid: "local-1" })
    .setSubject("user-commissioner-london")
    .setIssuer(`${gatewayUrl()}/oidc`)
    .setAudience("dynamic-framework-portal-local")
    .setIssuedAt(at)
    .setExpirationTime(at + 600)
    .sign(await importJWK(key, "RS256"));
};

describe("actor names", () => {
  it("come from the account record, not from a name the user put in their own token", async () => {
    const token = await signedAsHelenCalled("Chief Procurement Officer (Mallory)");
    const created = await api("POST", "/api/opportunities", { token, body: await opportunityFields() });
    expect(created.status, JSON.stringify(created.body)).toBe(201);

    const trail = await api("GET", `/api/opportunities/${created.body.id}/audit`, { token });
    expect(trail.status).toBe(200);
    const actors = (trail.body.items as { actor: { userId: string; name: string } }[]).map((e) => e.actor);
    expect(actors.length).toBeGreaterThan(0);
    for (const actor of actors)
      expect(actor).toMatchObject({ userId: "user-commissioner-london", name: "Helen Carter" });

    const me = await api("GET", "/api/me", { token });
    expect(me.body.user.name).toBe("Helen Carter");
  });
});
