import { describe, expect, it } from "vitest";
import { referencePattern } from "#shared/referrals/reference.ts";
import { cryptoRandom, withUniqueReference } from "./reference.ts";

const taken = Object.assign(new Error("taken"), { collision: true });
const isCollision = (e: unknown) => (e as { collision?: boolean }).collision === true;

describe("unique references", () => {
  it("tries a new reference after a collision and keeps the first free one", async () => {
    const offered = ["AA2222AA", "BB3333BB", "CC4444CC"];
    const tried: string[] = [];
    const result = await withUniqueReference(
      async (reference) => {
        tried.push(reference);
        if (reference !== "CC4444CC") throw taken;
        return reference;
      },
      isCollision,
      () => offered.shift()!,
    );
    expect(result).toBe("CC4444CC");
    expect(tried).toEqual(["AA2222AA", "BB3333BB", "CC4444CC"]);
  });

  it("gives up after the allowed tries, and never retries other failures", async () => {
    let calls = 0;
    await expect(
      withUniqueReference(
        async () => {
          calls += 1;
          throw taken;
        },
        isCollision,
        undefined,
        3,
      ),
    ).rejects.toBe(taken);
    expect(calls).toBe(3);
    const other = new Error("table down");
    calls = 0;
    await expect(
      withUniqueReference(async () => {
        calls += 1;
        throw other;
      }, isCollision),
    ).rejects.toBe(other);
    expect(calls).toBe(1);
  });

  it("draws references from a cryptographic source", async () => {
    for (let i = 0; i < 100; i += 1) {
      const value = cryptoRandom();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
    expect(await withUniqueReference(async (r) => r, isCollision)).toMatch(referencePattern);
  });
});
