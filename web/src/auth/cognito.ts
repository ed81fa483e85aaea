import type { UserManager } from "oidc-client-ts";
import { roles } from "#shared/auth/role-names.ts";
import type { CognitoConfig } from "../config/app-config.ts";
import { safeReturnTo } from "./return-to.ts";
import { type Session, sessionStore } from "./session-store.ts";

let manager: Promise<UserManager> | undefined;

/** The OIDC client for the Cognito hosted UI (authorization code + PKCE), loaded only in the cloud. */
function userManager(config: CognitoConfig): Promise<UserManager> {
  manager ??= import("oidc-client-ts").then(
    ({ UserManager, WebStorageStateStore }) =>
      new UserManager({
        authority: config.authority,
        client_id: config.clientId,
        redirect_uri: config.redirectUri,
        post_logout_redirect_uri: config.postLogoutRedirectUri,
        response_type: "code",
        scope: config.scope,
        loadUserInfo: false,
        automaticSilentRenew: false,
        userStore: new WebStorageStateStore({ store: window.sessionStorage }),
        stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
      }),
  );
  return manager;
}

/** Sends the browser to the Cognito hosted UI; it comes back to `/auth/callback`. */
export async function startCognitoSignIn(config: CognitoConfig, returnTo: string): Promise<void> {
  const users = await userManager(config);
  await users.signinRedirect({ state: { returnTo: safeReturnTo(returnTo) } });
}

/** Completes the code flow on `/auth/callback`: swaps the code for tokens and starts the session. */
export async function completeCognitoSignIn(
  config: CognitoConfig,
): Promise<{ session: Session; returnTo: string }> {
  const users = await userManager(config);
  const user = await users.signinCallback();
  if (!user?.id_token) throw new Error("The identity provider returned no ID token.");
  const profile = user.profile as Record<string, unknown>;
  const groups: unknown[] = Array.isArray(profile["cognito:groups"]) ? profile["cognito:groups"] : [];
  const role = roles.find((r) => groups.includes(r));
  const name =
    typeof profile.name === "string" ? profile.name : typeof profile.email === "string" ? profile.email : "";
  const session = sessionStore.start(user.id_token, {
    id: user.profile.sub,
    name,
    ...(role === undefined ? {} : { role }),
  });
  const state = user.state as { returnTo?: unknown } | undefined;
  return { session, returnTo: safeReturnTo(state?.returnTo) };
}

/** Ends the session here and at Cognito (its discovery document has no end_session_endpoint). */
export async function cognitoSignOut(config: CognitoConfig): Promise<void> {
  const users = await userManager(config);
  await users.removeUser();
  const logout = new URL("/logout", config.hostedUiUrl);
  logout.searchParams.set("client_id", config.clientId);
  logout.searchParams.set("logout_uri", config.postLogoutRedirectUri);
  window.location.assign(logout.toString());
}
