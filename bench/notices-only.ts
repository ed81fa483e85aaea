import { measureNotices } from "./notices.ts";
import { startBenchStack } from "./stack.ts";

/**
 * `npx tsx bench/notices-only.ts`: just the public record's part of `npm run bench`, on its own scratch
 * stack (a few minutes rather than the whole bench's half hour).
 */
const stack = await startBenchStack();
try {
  await measureNotices(stack);
} finally {
  await stack.stop();
}
