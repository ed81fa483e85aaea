import { describe, expect, it } from "vitest";
import { largestWrite, maxItemBytes } from "./item-size.ts";

describe("the item size guard's estimate", () => {
  it("counts text in UTF-8 bytes, as DynamoDB does, so multi-byte answers cannot slip under the limit", () => {
    const answer = "€".repeat(130_000); // 130,000 characters, 390,000 bytes
    expect(largestWrite({ Item: { pk: "BID", answer } })).toBeGreaterThan(maxItemBytes);
  });

  it("finds the largest item of a transaction or a batch, and an update's values", () => {
    const big = { text: "x".repeat(maxItemBytes) };
    expect(
      largestWrite({ TransactItems: [{ Put: { Item: { pk: "a" } } }, { Put: { Item: big } }] }),
    ).toBeGreaterThan(maxItemBytes);
    expect(largestWrite({ RequestItems: { t: [{ PutRequest: { Item: big } }] } })).toBeGreaterThan(
      maxItemBytes,
    );
    expect(largestWrite({ ExpressionAttributeValues: { ":c": big } })).toBeGreaterThan(maxItemBytes);
    expect(largestWrite({ Item: { pk: "small" } })).toBeLessThan(100);
  });
});
