import { generateReference } from "#shared/referrals/reference.ts";

/** A uniform number in [0, 1) from the platform's cryptographic generator. */
export const cryptoRandom = (): number => crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;

/**
 * Runs `attempt` with fresh references until one is not already taken. The conditional write in
 * `attempt` is what makes a reference unique; this only retries when it reports a collision.
 */
export const withUniqueReference = async <T>(
  attempt: (reference: string) => Promise<T>,
  isCollision: (error: unknown) => boolean,
  generate: () => string = () => generateReference(cryptoRandom),
  tries = 5,
): Promise<T> => {
  for (let i = 1; ; i += 1) {
    try {
      return await attempt(generate());
    } catch (error) {
      if (!isCollision(error) || i >= tries) throw error;
    }
  }
};
