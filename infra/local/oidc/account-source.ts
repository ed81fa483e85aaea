import { scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";
import type { AccountSource, SignInAccount } from "#functions/accounts/index.ts";
import { claimNames } from "#functions/platform/auth/claims.ts";
import { type DemoUser, demoUsers } from "../seed/demo-users.ts";

// Declared once, in accounts; passed on for the local stack, which may not import a context itself.
export type { AccountSource, SignInAccount };

/** The one password every demo user has locally; the login page shows it. Never used in the cloud. */
export const demoPassword = "demo";

/**
 * The demo user who has set up an authenticator app, so the TOTP step can be tried locally (the README
 * prints the secret to add to an app). Base32, as authenticator apps expect.
 */
export const demoTotpSecrets: Readonly<Record<string, string>> = {
  "user-commissioner-wales": "KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD",
};

/** The Cognito claims a demo user's tokens carry: the same names the handlers read in the cloud. */
export const demoClaims = (user: DemoUser): Record<string, string | string[]> => ({
  [claimNames.groups]: [user.role],
  ...(user.organisationId ? { [claimNames.organisationId]: user.organisationId } : {}),
  ...(user.regions.length ? { [claimNames.regions]: user.regions.join(",") } : {}),
  ...(user.pdu ? { [claimNames.pdu]: user.pdu } : {}),
  [claimNames.frameworkAdmin]: String(user.frameworkAdmin ?? false),
});

const toAccount = (user: DemoUser): SignInAccount => {
  const totpSecret = demoTotpSecrets[user.id];
  return {
    sub: user.id,
    email: user.email.toLowerCase(),
    name: user.name,
    enabled: true,
    ...(totpSecret ? { totpSecret } : {}),
    claims: demoClaims(user),
  };
};

/** The seeded demo users, as sign-in accounts with the local demo password. */
export const demoAccountSource = (users: readonly DemoUser[] = demoUsers): AccountSource => {
  const accounts = users.map(toAccount);
  return {
    findByLogin: (email) => Promise.resolve(accounts.find((a) => a.email === email.trim().toLowerCase())),
    findById: (sub) => Promise.resolve(accounts.find((a) => a.sub === sub)),
  };
};

/** Asks each source in turn; the first that knows the person answers (demo users first, then invited people). */
export const chainSources = (...sources: AccountSource[]): AccountSource => ({
  findByLogin: async (email) => {
    for (const source of sources) {
      const found = await source.findByLogin(email);
      if (found) return found;
    }
    return undefined;
  },
  findById: async (sub) => {
    for (const source of sources) {
      const found = await source.findById(sub);
      if (found) return found;
    }
    return undefined;
  },
});

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, length: number) => Promise<Buffer>;

/** Whether the password is this account's: its scrypt hash, or the demo password for accounts without one. */
export const passwordMatches = async (account: SignInAccount, password: string): Promise<boolean> => {
  if (!account.passwordHash) return password === demoPassword;
  const [scheme, saltB64, hashB64] = account.passwordHash.split("$");
  if (scheme !== "scrypt" || !saltB64 || !hashB64) return false;
  const expected = Buffer.from(hashB64, "base64");
  const actual = await scryptAsync(password, Buffer.from(saltB64, "base64"), expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
};
