import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CURRENT_VERSION_EXPIRED_FLAGS } from "aws-cdk-lib/cx-api";
import { projectRoot } from "#infra/project-root.ts";

/** cdk.json's `context`, which the CLI hands the app but a test must read itself. */
export const cdkJsonContext = (): Record<string, unknown> =>
  (JSON.parse(readFileSync(join(projectRoot, "cdk.json"), "utf8")) as { context?: Record<string, unknown> })
    .context ?? {};

/** Flags in cdk.json that this aws-cdk-lib refuses outright (CDK v1 leftovers): any of them breaks `cdk synth`. */
export const expiredFlagsInCdkJson = (): string[] =>
  Object.keys(cdkJsonContext()).filter((flag) => CURRENT_VERSION_EXPIRED_FLAGS.includes(flag));

/**
 * cdk.json's context minus expired flags, so the template tests still judge the stack when cdk.json
 * carries a leftover; `cdk-json.test.ts` fails on the leftover itself.
 */
export const testContext = (): Record<string, unknown> => {
  const expired = new Set(expiredFlagsInCdkJson());
  return Object.fromEntries(Object.entries(cdkJsonContext()).filter(([flag]) => !expired.has(flag)));
};
