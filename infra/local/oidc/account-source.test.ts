import { randomBytes, scryptSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { AccountSource, SignInAccount } from "#functions/accounts/index.ts";
import { chainSources, demoAccountSource, demoPassword, passwordMatches } from "./account-source.ts";
import { providerConfiguration } from "./provider.ts";
import { createMemoryStore } from "./memory-store.ts";

const invited = (overrides: Partial<SignInAccount> = {}): SignInAccount => {
  const salt = randomBytes(16);
  return {
    sub: "user-invited-1",
    email: "casey.worker@bridgehousing.example",
    name: "Casey Worker",
    enabled: true,
    passwordHash: `scrypt$${salt.toString("base64")}$${scryptSync("a long passphrase", salt, 32).toString("base64")}`,
    claims: { "cognito:groups": ["provider"], "custom:organisationId": "org-bridge-housing" },
    ...overrides,
  };
};

const sourceOf = (...accounts: SignInAccount[]): AccountSource => ({
  findByLogin: (email) => Promise.resolve(accounts.find((a) => a.email === email)),
  findById: (sub) => Promise.resolve(accounts.find((a) => a.sub === sub)),
});

describe("sign-in accounts", () => {
  it("finds demo users by e-mail in any case, then people from the next source", async () => {
    const accounts = chainSources(demoAccountSource(), sourceOf(invited()));
    expect((await accounts.findByLogin(" Priya.Shah@BridgeHousing.example "))?.sub).toBe(
      "user-provider-bridge",
    );
    expect((await accounts.findByLogin("casey.worker@bridgehousing.example"))?.sub).toBe("user-invited-1");
    expect(await accounts.findById("nobody")).toBeUndefined();
  });

  it("checks an invited person's scrypt hash, and gives demo users only the demo password", async () => {
    expect(await passwordMatches(invited(), "a long passphrase")).toBe(true);
    expect(await passwordMatches(invited(), demoPassword)).toBe(false);
    const priya = await demoAccountSource().findById("user-provider-bridge");
    expect(await passwordMatches(priya!, demoPassword)).toBe(true);
    expect(await passwordMatches(priya!, "a long passphrase")).toBe(false);
  });

  it("gives the provider no account for someone removed, so they can neither sign in nor refresh", async () => {
    const config = providerConfiguration({
      signingKey: { keys: [] },
      webOrigins: ["http://127.0.0.1:5173"],
      accounts: sourceOf(
        invited({ enabled: false }),
        invited({ sub: "user-invited-2", email: "b@example.com" }),
      ),
      store: createMemoryStore(),
    });
    const ctx = {} as Parameters<typeof config.findAccount>[0];
    expect(await config.findAccount(ctx, "user-invited-1")).toBeUndefined();
    const kept = await config.findAccount(ctx, "user-invited-2");
    expect(await kept?.claims("id_token", "openid", {}, [])).toMatchObject({
      sub: "user-invited-2",
      "cognito:groups": ["provider"],
      "custom:organisationId": "org-bridge-housing",
    });
  });
});
