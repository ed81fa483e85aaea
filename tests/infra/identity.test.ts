import { beforeAll, describe, expect, it } from "vitest";
import { claimNames } from "#functions/platform/auth/claims.ts";
import { webClientScopes } from "#infra/constructs/identity.ts";
import { tokenLifetimes } from "#infra/local/oidc/provider.ts";
import { roles } from "#shared/auth/roles.ts";
import { type Synthesised, synthPortal } from "./support/portal-template.ts";

let portal: Synthesised;
beforeAll(() => {
  portal = synthPortal();
});

const customClaims = Object.values(claimNames).filter((claim) => claim.startsWith("custom:"));

describe("the Cognito user pool", () => {
  it("has exactly one group per role, named as the functions expect in cognito:groups", () => {
    const groups = Object.values(portal.template.findResources("AWS::Cognito::UserPoolGroup"))
      .map((g) => g.Properties.GroupName)
      .sort();
    expect(groups).toEqual([...roles].sort());
  });

  it("is invitation-only and requires MFA", () => {
    const [pool] = Object.values(portal.template.findResources("AWS::Cognito::UserPool"));
    expect(pool?.Properties.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(true);
    expect(pool?.Properties.MfaConfiguration).toBe("ON");
  });

  it("puts every custom claim the functions read into the ID token, and lets no user write them", () => {
    const [client] = Object.values(portal.template.findResources("AWS::Cognito::UserPoolClient"));
    for (const claim of customClaims) {
      expect(client?.Properties.ReadAttributes, claim).toContain(claim);
      expect(client?.Properties.WriteAttributes, claim).not.toContain(claim);
    }
  });

  it("lets no user write their own name or any custom attribute, so no one can pose as another in a timeline", () => {
    const [client] = Object.values(portal.template.findResources("AWS::Cognito::UserPoolClient"));
    const writable = client?.Properties.WriteAttributes as string[];
    expect(writable).not.toContain("name");
    expect(writable.filter((a) => a.startsWith("custom:"))).toEqual([]);
    expect(writable).toEqual(["email"]);
  });

  it("is a public code + PKCE client with no secret", () => {
    const [client] = Object.values(portal.template.findResources("AWS::Cognito::UserPoolClient"));
    expect(client?.Properties.GenerateSecret).toBe(false);
    expect(client?.Properties.AllowedOAuthFlows).toEqual(["code"]);
  });
});

describe("the web client's session settings", () => {
  const webClient = () => Object.values(portal.template.findResources("AWS::Cognito::UserPoolClient"))[0];

  it("match what the web app asks for: code only (no implicit), its scopes, refresh and revocation", () => {
    const client = webClient();
    expect(client?.Properties.AllowedOAuthFlows).toEqual(["code"]);
    expect(client?.Properties.AllowedOAuthFlows).not.toContain("implicit");
    expect([...(client?.Properties.AllowedOAuthScopes as string[])].sort()).toEqual(
      [...webClientScopes].sort(),
    );
    // Silent renewal uses the refresh token; GlobalSignOut and sign-out revoke it.
    expect(client?.Properties.ExplicitAuthFlows).toContain("ALLOW_REFRESH_TOKEN_AUTH");
    expect(client?.Properties.EnableTokenRevocation).toBe(true);
  });

  it("keep the token lifetimes the local OpenID Provider uses", () => {
    const client = webClient();
    const units = client?.Properties.TokenValidityUnits as Record<string, string>;
    const seconds = (value: number, unit: string) =>
      value * ({ seconds: 1, minutes: 60, hours: 3600, days: 86400 } as Record<string, number>)[unit]!;
    expect(seconds(client?.Properties.IdTokenValidity, units.IdToken ?? "")).toBe(tokenLifetimes.idToken);
    expect(seconds(client?.Properties.AccessTokenValidity, units.AccessToken ?? "")).toBe(
      tokenLifetimes.accessToken,
    );
    expect(seconds(client?.Properties.RefreshTokenValidity, units.RefreshToken ?? "")).toBe(
      tokenLifetimes.refreshToken,
    );
  });
});
