import { describe, expect, it } from "vitest";
import { expiredFlagsInCdkJson } from "./support/cdk-context.ts";

describe("cdk.json", () => {
  it("holds no CDK v1 feature flags, which aws-cdk-lib v2 refuses (every `cdk synth` would fail)", () => {
    expect(expiredFlagsInCdkJson(), "remove these keys from cdk.json's context").toEqual([]);
  });
});
