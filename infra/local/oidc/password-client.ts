import { Secret, TOTP } from "otpauth";
import { findDemoUser } from "../seed/demo-users.ts";
import { demoPassword, demoTotpSecrets } from "./account-source.ts";
import { localClientId } from "./provider.ts";

/** What the token endpoint answers to a password or refresh grant. */
export interface TokenSet {
  id_token: string;
  access_token: string;
  refresh_token: string;
  expires_in: number;
}

/** The code an authenticator app would show now for a base32 secret. */
export const currentTotp = (secret: string): string =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate();

/** Posts a grant to the local provider's token endpoint; answers the raw response. */
export const tokenRequest = (gatewayUrl: string, form: Record<string, string>): Promise<Response> =>
  fetch(`${gatewayUrl}/oidc/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ client_id: localClientId, ...form }),
  });

/**
 * Signs a demo user in with the password grant (the local twin of Cognito's USER_PASSWORD_AUTH) using
 * their e-mail and the demo password, adding the TOTP code for those who have one.
 */
export const demoTokens = async (gatewayUrl: string, userId: string): Promise<TokenSet> => {
  const user = findDemoUser(userId);
  if (!user) throw new Error(`No demo user ${userId}`);
  const secret = demoTotpSecrets[userId];
  const res = await tokenRequest(gatewayUrl, {
    grant_type: "password",
    username: user.email,
    password: demoPassword,
    scope: "openid email profile",
    ...(secret ? { totp_code: currentTotp(secret) } : {}),
  });
  if (!res.ok) throw new Error(`Could not sign in as ${userId}: ${res.status} ${await res.text()}`);
  return (await res.json()) as TokenSet;
};
