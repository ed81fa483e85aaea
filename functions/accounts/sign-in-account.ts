import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { db, tableName } from "../platform/data/dynamo.ts";
import { loginClaimKind, signInAccountKind } from "./items.ts";

/** What the local OpenID Provider needs to sign a person in and mint their tokens. */
export interface SignInAccount {
  sub: string; // the user id (Cognito `sub`)
  email: string; // the login name (lower-case)
  name: string;
  enabled: boolean; // false once removed: no sign-in, no refresh
  passwordHash?: string; // node:crypto scrypt, "scrypt$<saltB64>$<hashB64>"; demo users have none and use the local demo password
  totpSecret?: string; // base32; present only for people who set up TOTP
  claims: Record<string, string | string[]>; // Cognito claim names (functions/platform/auth/claims.ts), e.g. "cognito:groups"
}
/** Where the local OpenID Provider finds people: the demo users (infra/local/oidc) and the people invited here. */
export interface AccountSource {
  findByLogin(email: string): Promise<SignInAccount | undefined>;
  findById(sub: string): Promise<SignInAccount | undefined>;
}

type StoredAccount = SignInAccount & { userId: string };

const readAccount = async (userId: string): Promise<SignInAccount | undefined> => {
  const result = await db().send(
    new GetCommand({ TableName: tableName(), Key: signInAccountKind.key({ userId }), ConsistentRead: true }),
  );
  const item = result.Item as StoredAccount | undefined;
  if (!item) return undefined;
  return {
    sub: item.userId,
    email: item.email,
    name: item.name,
    enabled: item.enabled,
    ...(item.passwordHash ? { passwordHash: item.passwordHash } : {}),
    ...(item.totpSecret ? { totpSecret: item.totpSecret } : {}),
    claims: item.claims,
  };
};

/** The people invited through the portal, as the local OpenID Provider signs them in (local directory only). */
export const peopleAccountSource = (): AccountSource => ({
  findById: readAccount,
  findByLogin: async (email) => {
    const claim = await db().send(
      new GetCommand({ TableName: tableName(), Key: loginClaimKind.key({ email }), ConsistentRead: true }),
    );
    const userId = claim.Item?.userId as string | undefined;
    return userId ? readAccount(userId) : undefined;
  },
});
