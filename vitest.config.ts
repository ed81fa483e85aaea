import { defineConfig } from "vitest/config";

/**
 * Test layers (run one with `npm run test:<layer>`):
 * - unit: pure rules in shared/ and functions/ (no I/O)
 * - infra: CDK template assertions and cdk-nag
 * - integration: handlers through the local gateway against DynamoDB Local and s3rver
 * - browser: the built web app in Chromium, with axe on every page
 * The integration and browser layers share one local stack, started once by the global setup, and run
 * one after the other (groupOrder) because the integration layer moves the stack's clock.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["shared/**/*.test.ts", "functions/**/*.test.ts", "infra/local/**/*.test.ts"],
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
          testTimeout: 90_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
          // After the integration layer, which moves the shared stack's clock.
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
