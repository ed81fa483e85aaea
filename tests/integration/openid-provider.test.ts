import { describe, expect, it } from "vitest";
import { demoPassword, demoTotpSecrets } from "../../infra/local/oidc/account-source.ts";
import { globalSignOutTarget } from "../../infra/local/oidc/global-sign-out.ts";
import {
  currentTotp,
  demoTokens,
  type TokenSet,
  tokenRequest,
} from "../../infra/local/oidc/password-client.ts";
import { localClientId } from "../../infra/local/oidc/provider.ts";
import { api, gatewayUrl } from "../support/api.ts";
import { authorizeUrl, callbackUrl, cookieJar, pkcePair, signInThroughLoginPage } from "../support/oidc.ts";

const priya = { id: "user-provider-bridge", email: "priya.shah@bridgehousing.example" };
const rhys = { id: "user-commissioner-wales", email: "rhys.morgan@justice.example" };

const discovery = async () =>
  (await (await fetch(`${gatewayUrl()}/oidc/.well-known/openid-configuration`)).json()) as Record<
    string,
    unknown
  >;

const refresh = (refreshToken: string) =>
  tokenRequest(gatewayUrl(), { grant_type: "refresh_token", refresh_token: refreshToken });

const me = async (idToken: string) => api("GET", "/api/me", { token: idToken });

describe("the local OpenID Provider's discovery document", () => {
  it("names the issuer the API trusts, and every endpoint the web app uses", async () => {
    const doc = await discovery();
    expect(doc.issuer).toBe(`${gatewayUrl()}/oidc`);
    for (const endpoint of [
      "authorization_endpoint",
      "token_endpoint",
      "jwks_uri",
      "end_session_endpoint",
      "revocation_endpoint",
    ]) {
      expect(doc[endpoint], endpoint).toMatch(new RegExp(`^${gatewayUrl()}/oidc/`));
    }
    const jwks = (await (await fetch(String(doc.jwks_uri))).json()) as {
      keys: { alg: string; d?: string }[];
    };
    expect(jwks.keys.map((k) => k.alg)).toEqual(["RS256"]);
    expect(jwks.keys.every((k) => k.d === undefined)).toBe(true);
  });

  it("offers only code + PKCE (S256), RS256 ID tokens and never alg none", async () => {
    const doc = await discovery();
    expect(doc.code_challenge_methods_supported).toEqual(["S256"]);
    expect(doc.id_token_signing_alg_values_supported).toEqual(["RS256"]);
    expect(doc.response_types_supported).toEqual(["code"]);
    expect(doc.grant_types_supported).toEqual(
      expect.arrayContaining(["authorization_code", "refresh_token", "password"]),
    );
    expect(doc.grant_types_supported).not.toContain("implicit");
  });
});

describe("the authorisation code flow", () => {
  it("refuses an authorisation request without PKCE, or with the plain method", async () => {
    for (const params of [
      {} as Record<string, string>,
      { code_challenge: "a".repeat(43), code_challenge_method: "plain" },
    ]) {
      const res = await fetch(authorizeUrl(params), { redirect: "manual" });
      const location = new URL(res.headers.get("location") ?? "", gatewayUrl());
      expect(location.href.startsWith(callbackUrl())).toBe(true);
      expect(location.searchParams.get("error")).toBe("invalid_request");
      expect(location.searchParams.get("code")).toBeNull();
    }
  });

  it("signs a person in through the login page and swaps the code (with its verifier) for tokens the API accepts", async () => {
    const jar = cookieJar();
    const { verifier, challenge } = pkcePair();
    const code = await signInThroughLoginPage(jar, { email: priya.email, password: demoPassword, challenge });
    const withoutVerifier = await tokenRequest(gatewayUrl(), {
      grant_type: "authorization_code",
      code,
      redirect_uri: callbackUrl(),
    });
    expect(withoutVerifier.status).toBe(400);
    // A failed exchange burns the code (RFC 6749 §4.1.2), so sign in again for the real one.
    const again = await signInThroughLoginPage(cookieJar(), {
      email: priya.email,
      password: demoPassword,
      challenge,
    });
    const res = await tokenRequest(gatewayUrl(), {
      grant_type: "authorization_code",
      code: again,
      redirect_uri: callbackUrl(),
      code_verifier: verifier,
    });
    expect(res.status).toBe(200);
    const tokens = (await res.json()) as TokenSet;
    expect(tokens.refresh_token).toBeTruthy();
    const claims = JSON.parse(
      Buffer.from(tokens.id_token.split(".")[1] ?? "", "base64url").toString(),
    ) as Record<string, unknown>;
    expect(claims).toMatchObject({
      aud: localClientId,
      "cognito:groups": ["provider"],
      "custom:organisationId": "org-bridge-housing",
    });
    const answer = await me(tokens.id_token);
    expect(answer.status).toBe(200);
    expect(answer.body.user).toMatchObject({ id: priya.id, name: "Priya Shah" });
  });

  it("says so on the login page when the password is wrong, and signs no one in", async () => {
    const jar = cookieJar();
    const { challenge } = pkcePair();
    const start = await jar.request(
      authorizeUrl({ code_challenge: challenge, code_challenge_method: "S256" }),
    );
    const interaction = start.headers.get("location") ?? "";
    const res = await jar.post(`${interaction}/login`, { email: priya.email, password: "not-the-password" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("There is a problem");
    expect(html).toContain("The email address or password is not right");
  });

  it("asks people with an authenticator app for its code, and refuses a wrong one", async () => {
    const jar = cookieJar();
    const { challenge } = pkcePair();
    const start = await jar.request(
      authorizeUrl({ code_challenge: challenge, code_challenge_method: "S256" }),
    );
    const interaction = start.headers.get("location") ?? "";
    const step = await jar.post(`${interaction}/login`, { email: rhys.email, password: demoPassword });
    expect(await step.text()).toContain("Enter the code from your authenticator app");
    const wrong = await jar.post(`${interaction}/totp`, {
      code: "000000" === currentTotp(demoTotpSecrets[rhys.id] ?? "") ? "111111" : "000000",
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("The code is not right");
    const right = await jar.post(`${interaction}/totp`, {
      code: currentTotp(demoTotpSecrets[rhys.id] ?? ""),
    });
    expect(right.status).toBe(303);
  });

  it("ends the provider session at the end-session endpoint, so the next sign-in asks for the password again", async () => {
    const jar = cookieJar();
    const { verifier, challenge } = pkcePair();
    const code = await signInThroughLoginPage(jar, { email: priya.email, password: demoPassword, challenge });
    const tokens = (await (
      await tokenRequest(gatewayUrl(), {
        grant_type: "authorization_code",
        code,
        redirect_uri: callbackUrl(),
        code_verifier: verifier,
      })
    ).json()) as TokenSet;
    // Signed in at the provider: a second authorisation request comes straight back with a code.
    const silent = await jar.request(
      authorizeUrl({ code_challenge: challenge, code_challenge_method: "S256" }),
    );
    expect(silent.headers.get("location")).not.toContain("/oidc/interaction/");

    const end = await jar.request(
      `/oidc/session/end?${new URLSearchParams({ id_token_hint: tokens.id_token, post_logout_redirect_uri: `${gatewayUrl()}/` })}`,
    );
    expect(end.status).toBe(200);
    const page = await end.text();
    const action = /action="([^"]+)"/.exec(page)?.[1] ?? "";
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(page)?.[1] ?? "";
    const confirmed = await jar.post(action, { xsrf, logout: "yes" });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get("location")).toBe(`${gatewayUrl()}/`);

    const next = await jar.request(
      authorizeUrl({ code_challenge: challenge, code_challenge_method: "S256" }),
    );
    expect(next.headers.get("location")).toContain("/oidc/interaction/");
  });
});

describe("tokens without a browser: the password grant (Cognito's USER_PASSWORD_AUTH)", () => {
  it("gives an ID token the API accepts", async () => {
    const tokens = await demoTokens(gatewayUrl(), priya.id);
    expect((await me(tokens.id_token)).status).toBe(200);
  });

  it("refuses a wrong password and an unknown person alike", async () => {
    for (const [username, password] of [
      [priya.email, "wrong"],
      ["nobody@example.com", demoPassword],
    ]) {
      const res = await tokenRequest(gatewayUrl(), {
        grant_type: "password",
        username: username ?? "",
        password: password ?? "",
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toBe("invalid_grant");
    }
  });

  it("needs the authenticator code from people who have one", async () => {
    const res = await tokenRequest(gatewayUrl(), {
      grant_type: "password",
      username: rhys.email,
      password: demoPassword,
    });
    expect(res.status).toBe(400);
    expect((await me((await demoTokens(gatewayUrl(), rhys.id)).id_token)).status).toBe(200);
  });
});

describe("refresh tokens", () => {
  it("renew the ID token, rotating the refresh token (the old one is then refused)", async () => {
    const first = await demoTokens(gatewayUrl(), priya.id);
    const res = await refresh(first.refresh_token);
    expect(res.status).toBe(200);
    const renewed = (await res.json()) as TokenSet;
    expect(renewed.refresh_token).not.toBe(first.refresh_token);
    expect((await me(renewed.id_token)).status).toBe(200);
    expect((await refresh(first.refresh_token)).status).toBe(400);
  });

  it("stop working everywhere after GlobalSignOut, on every device of that person only", async () => {
    const laptop = await demoTokens(gatewayUrl(), priya.id);
    const phone = await demoTokens(gatewayUrl(), priya.id);
    const someoneElse = await demoTokens(gatewayUrl(), "user-provider-pathways");
    const res = await fetch(`${gatewayUrl()}/oidc/cognito`, {
      method: "POST",
      headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": globalSignOutTarget },
      body: JSON.stringify({ AccessToken: laptop.access_token }),
    });
    expect(res.status).toBe(200);
    expect((await refresh(laptop.refresh_token)).status).toBe(400);
    expect((await refresh(phone.refresh_token)).status).toBe(400);
    expect((await refresh(someoneElse.refresh_token)).status).toBe(200);
  });
});
