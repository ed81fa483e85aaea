import type Provider from "oidc-provider";
import { errors, type FindAccount } from "oidc-provider";
import * as z from "zod";
import type { AccountSource } from "#functions/accounts/index.ts";
import { passwordMatches } from "./account-source.ts";
import { totpMatches } from "./interactions.ts";

const params = z.object({
  username: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(256),
  scope: z.string().max(200).optional(),
  totp_code: z.string().trim().max(20).optional(),
});

/**
 * `grant_type=password` at the token endpoint: the local equivalent of Cognito's USER_PASSWORD_AUTH
 * (InitiateAuth), so tests and the bench get real tokens without a browser through a flow the cloud also
 * offers. Accounts with TOTP add `totp_code`, as Cognito answers USER_PASSWORD_AUTH with a
 * SOFTWARE_TOKEN_MFA challenge. Tokens are issued exactly as the code flow issues them (ADR 0024).
 */
export const registerPasswordGrant = (
  provider: Provider,
  accounts: AccountSource,
  findAccount: FindAccount,
): void => {
  provider.registerGrantType(
    "password",
    async (ctx) => {
      const parsed = params.safeParse(ctx.oidc.params);
      if (!parsed.success) {
        throw new errors.InvalidRequest("send username and password (and totp_code for accounts with TOTP)");
      }
      const input = parsed.data;
      const person = await accounts.findByLogin(input.username);
      if (!person?.enabled || !(await passwordMatches(person, input.password))) {
        throw new errors.InvalidGrant("the username or password is not right");
      }
      if (person.totpSecret && !totpMatches(person.totpSecret, input.totp_code ?? "")) {
        throw new errors.InvalidGrant(
          "this account needs the current code from its authenticator app (totp_code)",
        );
      }
      const { client } = ctx.oidc;
      const scope = input.scope ?? "openid email profile";
      const grant = new provider.Grant({ accountId: person.sub, clientId: client.clientId });
      grant.addOIDCScope(scope);
      const grantId = await grant.save();
      const found = await findAccount(ctx, person.sub);
      if (!found) throw new errors.InvalidGrant("the account cannot sign in");
      ctx.oidc.entity("Account", found);
      ctx.oidc.entity("Grant", grant);

      const accessToken = new provider.AccessToken({
        accountId: person.sub,
        client,
        grantId,
        gty: "password",
        scope,
      });
      ctx.oidc.entity("AccessToken", accessToken);
      const access = await accessToken.save();
      const refreshToken = new provider.RefreshToken({
        accountId: person.sub,
        client,
        grantId,
        gty: "password",
        scope,
        rotations: 0,
        authTime: Math.floor(Date.now() / 1000),
        amr: person.totpSecret ? ["pwd", "otp"] : ["pwd"],
      });
      const refresh = await refreshToken.save();
      const idToken = new provider.IdToken(
        { ...(await found.claims("id_token", scope, {}, [])), sub: person.sub },
        { ctx },
      );
      // The ID token carries the claims of the granted scopes, as the code flow sets it.
      (idToken as typeof idToken & { scope: string }).scope = scope;
      ctx.body = {
        access_token: access,
        expires_in: accessToken.expiration,
        id_token: await idToken.issue({ use: "idtoken" }),
        refresh_token: refresh,
        scope,
        token_type: "Bearer",
      };
    },
    ["username", "password", "scope", "totp_code"],
  );
};
