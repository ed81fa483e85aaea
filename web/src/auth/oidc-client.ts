import type { User, UserManager } from "oidc-client-ts";
import { roles } from "#shared/auth/role-names.ts";
import type { AppConfig } from "../config/app-config.ts";
import { safeReturnTo } from "./return-to.ts";
import { type Session, sessionStore } from "./session-store.ts";

let manager: Promise<UserManager> | undefined;

/** Where the provider sends people back to: the deployed addresses in the cloud, this origin locally. */
const addresses = (config: AppConfig) =>
  config.mode === "cognito"
    ? { redirectUri: config.redirectUri, postLogoutRedirectUri: config.postLogoutRedirectUri }
    : {
        redirectUri: `${window.location.origin}/auth/callback`,
        postLogoutRedirectUri: `${window.location.origin}/`,
      };

/**
 * The one OIDC client (authorization code + PKCE) for both modes: Cognito in the cloud, the local
 * OpenID Provider on this machine. oidc-client-ts is loaded only when signing in, out or renewing.
 */
function userManager(config: AppConfig): Promise<UserManager> {
  manager ??= import("oidc-client-ts").then(({ UserManager, WebStorageStateStore }) => {
    const { redirectUri, postLogoutRedirectUri } = addresses(config);
    return new UserManager({
      authority: config.authority,
      client_id: config.clientId,
      redirect_uri: redirectUri,
      post_logout_redirect_uri: postLogoutRedirectUri,
      response_type: "code",
      scope: config.scope,
      loadUserInfo: false,
      // Renewal follows the person's activity (session-timeout.ts), not the clock alone.
      automaticSilentRenew: false,
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
      stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    });
  });
  return manager;
}

function sessionFrom(user: User): Session {
  if (!user.id_token) throw new Error("The identity provider returned no ID token.");
  const profile = user.profile as Record<string, unknown>;
  const groups: unknown[] = Array.isArray(profile["cognito:groups"]) ? profile["cognito:groups"] : [];
  const role = roles.find((r) => groups.includes(r));
  const name =
    typeof profile.name === "string" ? profile.name : typeof profile.email === "string" ? profile.email : "";
  return sessionStore.start(user.id_token, {
    id: user.profile.sub,
    name,
    ...(role === undefined ? {} : { role }),
  });
}

/** Sends the browser to the provider's sign-in page; it comes back to `/auth/callback`. */
export async function startSignIn(config: AppConfig, returnTo: string): Promise<void> {
  const users = await userManager(config);
  await users.signinRedirect({ state: { returnTo: safeReturnTo(returnTo) } });
}

/** Completes the code flow on `/auth/callback`: swaps the code (with its PKCE verifier) for tokens. */
export async function completeSignIn(config: AppConfig): Promise<{ session: Session; returnTo: string }> {
  const users = await userManager(config);
  const user = await users.signinCallback();
  if (!user) throw new Error("The identity provider returned no user.");
  const state = user.state as { returnTo?: unknown } | undefined;
  return { session: sessionFrom(user), returnTo: safeReturnTo(state?.returnTo) };
}

/** Renews the session with the refresh token (no page change); false when the provider refuses it. */
export async function renewSession(config: AppConfig): Promise<boolean> {
  const users = await userManager(config);
  try {
    const user = await users.signinSilent();
    if (!user) return false;
    sessionFrom(user);
    return true;
  } catch (error) {
    console.warn("The session could not be renewed", error);
    return false;
  }
}

/**
 * Ends the session here and at the provider: the local provider's end_session_endpoint, or Cognito's
 * `/logout` (its discovery document has no end_session_endpoint).
 */
export async function signOut(config: AppConfig): Promise<void> {
  const users = await userManager(config);
  if (config.mode === "local") {
    const user = await users.getUser();
    await users.signoutRedirect(user?.id_token ? { id_token_hint: user.id_token } : {});
    return;
  }
  await users.removeUser();
  const logout = new URL("/logout", config.hostedUiUrl);
  logout.searchParams.set("client_id", config.clientId);
  logout.searchParams.set("logout_uri", config.postLogoutRedirectUri);
  window.location.assign(logout.toString());
}

/**
 * Revokes every refresh token of the person, on every device: Cognito's GlobalSignOut (locally its
 * twin in the local stack). This browser then signs out as usual (`/sign-out?reason=everywhere`).
 */
export async function revokeEverywhere(config: AppConfig): Promise<void> {
  const users = await userManager(config);
  const user = await users.getUser();
  if (!user?.access_token) throw new Error("There is no access token to sign out with.");
  const endpoint = config.mode === "local" ? config.identityApiUrl : `${new URL(config.authority).origin}/`;
  const response = await fetch(endpoint, {
    method: "POST",
    headers: {
      "content-type": "application/x-amz-json-1.1",
      "x-amz-target": "AWSCognitoIdentityProviderService.GlobalSignOut",
    },
    body: JSON.stringify({ AccessToken: user.access_token }),
  });
  if (!response.ok) throw new Error(`GlobalSignOut answered ${response.status}`);
}
