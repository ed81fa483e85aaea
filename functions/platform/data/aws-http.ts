import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import { NodeHttpHandler } from "@smithy/node-http-handler";

/**
 * How long to wait for a connection and for a silent socket. In Lambda the table and bucket are in the
 * region and answer in milliseconds, so seconds mean unreachable and must fail well inside the
 * function's 10 s. The local gateway runs every handler in one process against DynamoDB Local (a JVM
 * sharing the machine's cores): there a busy event loop or a busy emulator is slow, not down, and a
 * stopped one refuses the connection at once, which no timeout delays.
 */
const timeouts = (local: boolean) =>
  local
    ? { connectionTimeout: 15_000, socketTimeout: 30_000 }
    : { connectionTimeout: 3_000, socketTimeout: 5_000 };

/**
 * Socket and retry settings shared by the DynamoDB and S3 clients, tuned so that load is not mistaken
 * for an outage:
 * - keep-alive agents with a bounded pool: requests beyond it wait for a warm socket instead of opening
 *   (and timing out on) hundreds of new connections at once;
 * - a connection timeout of at least 2 s, which the SDK then counts from the moment a socket is
 *   assigned: below 2 s it also counts the wait for a free socket, so a queue became a "timeout";
 * - a socket idle timeout, so a dependency that accepts but never answers fails rather than hangs;
 * - adaptive retries (exponential back-off with jitter, and client-side rate limiting once throttled).
 */
export const awsClientSettings = (options: { local: boolean }) => ({
  maxAttempts: 3,
  retryMode: "adaptive" as const,
  requestHandler: new NodeHttpHandler({
    httpAgent: new HttpAgent({ keepAlive: true, keepAliveMsecs: 1_000, maxSockets: 50 }),
    httpsAgent: new HttpsAgent({ keepAlive: true, keepAliveMsecs: 1_000, maxSockets: 50 }),
    ...timeouts(options.local),
    // Queued waits for a socket are expected under load: no warning for them.
    socketAcquisitionWarningTimeout: 60_000,
  }),
});
