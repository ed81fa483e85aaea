import { defineConfig } from "vitest/config";

/**
 * Test layers (run one with `npm run test:<layer>`):
 * - unit: pure rules in shared/ and functions/, the web's presenters and form mappings, the local gateway's
 *   parts and the lint rules (no I/O, no browser)
 * - infra: CDK template assertions and cdk-nag
 * - integration: handlers through the local gateway against DynamoDB Local and s3rver
 * - browser: the built web app in Chromium, with axe on every page
 * - reliability: authorisation matrix, tokens, bad input, concurrency, faults and headers, against a
 *   stack of its own in a child process (it stops DynamoDB Local and S3 under the portal)
 * The integration and browser layers share one local stack, started once by the global setup, and run
 * one after the other (groupOrder) because the integration layer moves the stack's clock.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Unit and infra files two at a time on a 2-core machine (vitest's default there is one); the layers
    // with a stack run one file at a time (fileParallelism: false).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "shared/**/*.test.ts",
            "functions/**/*.test.ts",
            "infra/local/**/*.test.ts",
            "web/src/**/*.test.ts",
            "tests/unit/**/*.test.ts",
          ],
        },
      },
      { extends: true, test: { name: "infra", include: ["tests/infra/**/*.test.ts"], testTimeout: 120_000 } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          // The portal's clock is one per stack: files that move it must not overlap.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          // Every page a journey checks is also resized to 320 px and measured twice for reflow.
          testTimeout: 180_000,
          // A page's code arrives with its route (lazy routes): on a busy 2-core machine the first
          // paint of a page can take longer than expect.poll's default second.
          expect: { poll: { timeout: 10_000 } },
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
          // After the integration layer, which moves the shared stack's clock.
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          name: "reliability",
          include: ["tests/reliability/**/*.test.ts"],
          globalSetup: ["tests/reliability/support/global-setup.ts"],
          testTimeout: 120_000,
          // One clock and one DynamoDB Local per stack, which the faults file stops: one file at a time.
          fileParallelism: false,
          // Last, so its heavy concurrency does not compete with the other layers on two cores.
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
