import { randomBytes } from "node:crypto";
import { config } from "../config.ts";

let key: Promise<Buffer> | undefined;

/**
 * Reads the signing secret. The Secrets Manager client is loaded here, on the first cursor, not when the
 * function starts: importing it costs every cold start 10–30 ms (ADR 0013 update, session 7) in functions
 * whose first request may never page, and it is read once per container anyway.
 */
const fromSecretsManager = async (secretId: string): Promise<Buffer> => {
  const { GetSecretValueCommand, SecretsManagerClient } = await import("@aws-sdk/client-secrets-manager");
  const client = new SecretsManagerClient({ region: config().region, maxAttempts: 3 });
  const result = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
  client.destroy();
  if (!result.SecretString) throw new Error("The cursor signing secret has no value");
  return Buffer.from(result.SecretString, "utf8");
};

/**
 * The key page cursors are signed with, read once per container: `CURSOR_KEY` (the local stack
 * generates one per start) or the Secrets Manager secret named by `CURSOR_KEY_SECRET_ARN` (the cloud).
 * Without either (unit tests, scripts) a random key for this process, so cursors work within it.
 */
export const cursorKey = (): Promise<Buffer> => {
  if (!key) {
    const local = process.env.CURSOR_KEY;
    const secretArn = process.env.CURSOR_KEY_SECRET_ARN;
    key = local
      ? Promise.resolve(Buffer.from(local, "utf8"))
      : secretArn
        ? fromSecretsManager(secretArn)
        : Promise.resolve(randomBytes(32));
    // A failed read must not poison the container: the next request tries again.
    key.catch(() => {
      key = undefined;
    });
  }
  return key;
};

/** Tests only: forget the key so the next use reads the environment again. */
export const resetCursorKey = (): void => {
  key = undefined;
};
