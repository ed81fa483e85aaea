import { freePort } from "#infra/local/ports.ts";
import { type LocalStack, startLocalStack } from "#infra/local/stack.ts";
import { generousRateLimits } from "#infra/rate-limits.ts";

/** A scratch local stack for the bench, on free ports, with the data wiped and re-seeded. */
export const startBenchStack = async (): Promise<LocalStack> =>
  startLocalStack({
    gatewayPort: await freePort(),
    dynamoPort: await freePort(),
    s3Port: await freePort(),
    fresh: true,
    // Thousands of requests from one client on purpose; tests/reliability/limits.test.ts lowers them to prove them.
    rateLimits: generousRateLimits,
    logLevel: "ERROR",
  });
