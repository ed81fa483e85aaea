import { freePort } from "#infra/local/ports.ts";
import { startLocalStack } from "#infra/local/stack.ts";
import { generousRateLimits } from "#infra/rate-limits.ts";
import { measureNotices } from "./notices.ts";

/**
 * `npx tsx bench/notices-only.ts`: just the public record's part of `npm run bench`, on its own scratch
 * stack (a few minutes rather than the whole bench's half hour).
 */
const stack = await startLocalStack({
  gatewayPort: await freePort(),
  dynamoPort: await freePort(),
  s3Port: await freePort(),
  fresh: true,
  rateLimits: generousRateLimits,
  logLevel: "ERROR",
});
try {
  await measureNotices(stack);
} finally {
  await stack.stop();
}
