import { afterEach, describe, expect, it } from "vitest";
import { authConfig, config } from "./config.ts";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe("configuration", () => {
  it("lets a job function (no token settings) reach the table", () => {
    delete process.env.AUTH_ISSUER;
    delete process.env.AUTH_AUDIENCE;
    delete process.env.AUTH_JWKS_URL;
    process.env.TABLE_NAME = "portal";
    expect(config().tableName).toBe("portal");
  });

  it("refuses to verify tokens without the issuer settings, naming the missing one", () => {
    delete process.env.AUTH_ISSUER;
    expect(() => authConfig()).toThrow(/AUTH_ISSUER/);
  });
});
