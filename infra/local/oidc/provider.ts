import { randomBytes } from "node:crypto";
import Provider, { type Configuration, type FindAccount } from "oidc-provider";
import { claimNames } from "#functions/platform/auth/claims.ts";
import { now } from "#functions/platform/clock.ts";
import type { AccountSource } from "#functions/accounts/index.ts";
import type { DemoChoice } from "./login-page.ts";
import { createMemoryStore, type MemoryStore } from "./memory-store.ts";
import { problemPage, signOutPage } from "./pages.ts";
import { loadSigningKey } from "./signing-key.ts";

/** The web app's client id locally; the ID token's audience, as the Cognito app client id is in the cloud. */
export const localClientId = "dynamic-framework-portal-local";

/** Token lifetimes, the Cognito app client's (infra/constructs/identity.ts). */
export const tokenLifetimes = { idToken: 3600, accessToken: 3600, refreshToken: 12 * 3600 } as const;

// The portal's clock may be moved in tests; tokens are stamped with it, so "expired" and "not yet valid"
// mean the same to the provider as to the handlers that verify them.
const clockOffsetSeconds = () => Math.round((now().getTime() - Date.now()) / 1000);

/**
 * Tests only: ID tokens of the people whose login matches `loginPattern` live `seconds`, so a browser
 * test can watch the web app renew a session past its first token's expiry (ADR 0024 "Update").
 */
export interface ShortLivedTokens {
  loginPattern: RegExp;
  seconds: number;
}

const cognitoClaims = [
  claimNames.groups,
  claimNames.organisationId,
  claimNames.regions,
  claimNames.pdu,
  claimNames.frameworkAdmin,
];

/** The provider's configuration: one public client (the web app), code + PKCE (S256), refresh tokens, RS256. */
export const providerConfiguration = (options: {
  signingKey: Configuration["jwks"];
  webOrigins: readonly string[];
  accounts: AccountSource;
  store: MemoryStore;
  shortLivedTokens?: ShortLivedTokens | undefined;
}): Configuration & { findAccount: FindAccount } => {
  const idTokenSeconds = (claims: Record<string, unknown> | undefined) => {
    const short = options.shortLivedTokens;
    const email = claims?.email;
    return short && typeof email === "string" && short.loginPattern.test(email)
      ? short.seconds
      : tokenLifetimes.idToken;
  };
  const findAccount: FindAccount = async (_ctx, sub) => {
    const account = await options.accounts.findById(sub);
    // A removed person can neither sign in nor refresh: the token endpoint answers invalid_grant.
    if (!account?.enabled) return undefined;
    return {
      accountId: account.sub,
      claims: () => {
        const at = Math.floor(now().getTime() / 1000);
        return {
          sub: account.sub,
          email: account.email,
          email_verified: true,
          name: account.name,
          ...account.claims,
          token_use: "id",
          iat: at,
          nbf: at - 5,
        };
      },
    };
  };
  return {
    clients: [
      {
        client_id: localClientId,
        token_endpoint_auth_method: "none",
        application_type: "web",
        grant_types: ["authorization_code", "refresh_token", "password"],
        response_types: ["code"],
        redirect_uris: options.webOrigins.map((o) => `${o}/auth/callback`),
        post_logout_redirect_uris: options.webOrigins.map((o) => `${o}/`),
        id_token_signed_response_alg: "RS256",
      },
    ],
    jwks: options.signingKey,
    adapter: (name: string) => options.store.adapterFor(name),
    findAccount,
    claims: {
      openid: ["sub", "token_use", "iat", "nbf", ...cognitoClaims],
      email: ["email", "email_verified"],
      profile: ["name"],
    },
    scopes: ["openid", "email", "profile", "offline_access"],
    // Cognito puts every claim in the ID token, and the API reads the ID token: do the same.
    conformIdTokenClaims: false,
    responseTypes: ["code"],
    pkce: { required: () => true },
    enabledJWA: {
      idTokenSigningAlgValues: ["RS256"],
      userinfoSigningAlgValues: ["RS256"],
      requestObjectSigningAlgValues: ["RS256"],
      authorizationSigningAlgValues: ["RS256"],
      introspectionSigningAlgValues: ["RS256"],
    },
    // Cognito issues a refresh token with every sign-in, without asking for offline_access.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed("refresh_token"),
    expiresWithSession: () => false,
    rotateRefreshToken: true,
    ttl: {
      AccessToken: tokenLifetimes.accessToken,
      // oidc-provider needs a positive lifetime: with the portal's clock set more than an hour into the
      // past (tests that replay an earlier date), a token then lives a second of real time, which is
      // still hours ahead of the portal's clock, so the handlers take it as valid.
      IdToken: (_ctx, token) => Math.max(1, idTokenSeconds(token?.available) + clockOffsetSeconds()),
      RefreshToken: tokenLifetimes.refreshToken,
      AuthorizationCode: 60,
      Interaction: 15 * 60,
      Session: tokenLifetimes.refreshToken,
      Grant: tokenLifetimes.refreshToken,
    },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    clientBasedCORS: (_ctx, origin) => options.webOrigins.includes(origin),
    interactions: { url: (_ctx, interaction) => `/oidc/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = "html";
          ctx.body = signOutPage(form);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.type = "html";
          ctx.body = problemPage("You have signed out", "You can close this page or go back to the portal.");
        },
      },
    },
    renderError: (ctx, _out, error) => {
      ctx.type = "html";
      ctx.body = problemPage(
        "Sign-in could not continue",
        `The portal's sign-in request was not valid (${error.message}). Go back to the portal and sign in again.`,
      );
    },
  };
};

/** A local OpenID Provider and what the gateway needs to host it. */
export interface LocalOpenIdProvider {
  issuer: string;
  clientId: string;
  jwksUrl: string;
  provider: Provider;
  findAccount: FindAccount;
  store: MemoryStore;
  choices: readonly DemoChoice[];
}

/** Builds the provider: `issuer` ends in the path it is mounted at (e.g. `http://127.0.0.1:3000/oidc`). */
export const createOpenIdProvider = async (options: {
  issuer: string;
  keyDir?: string;
  webOrigins: readonly string[];
  accounts: AccountSource;
  choices: readonly DemoChoice[];
  shortLivedTokens?: ShortLivedTokens | undefined;
}): Promise<LocalOpenIdProvider> => {
  const store = createMemoryStore();
  const configuration = providerConfiguration({
    signingKey: { keys: [await loadSigningKey(options.keyDir)] },
    webOrigins: options.webOrigins,
    accounts: options.accounts,
    store,
    shortLivedTokens: options.shortLivedTokens,
  });
  const provider = new Provider(options.issuer, configuration);
  return {
    issuer: options.issuer,
    clientId: localClientId,
    jwksUrl: `${options.issuer}/jwks`,
    provider,
    findAccount: configuration.findAccount,
    store,
    choices: options.choices,
  };
};
