import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import { NodeHttpHandler } from "@smithy/node-http-handler";

/**
 * Socket and retry settings shared by the DynamoDB and S3 clients, tuned so that load is not mistaken
 * for an outage:
 * - keep-alive agents with room for the local gateway's hundreds of concurrent handlers (a Lambda uses few);
 * - a connection timeout of at least 2 s, which the SDK then counts from the moment a socket is
 *   assigned: below 2 s it also counts the wait for a free socket, so a queue became a "timeout";
 * - a socket idle timeout, so a dependency that accepts but never answers fails well inside the
 *   Lambda's 10 s rather than hanging;
 * - adaptive retries (exponential back-off with jitter, and client-side rate limiting once throttled).
 */
export const awsClientSettings = () => ({
  maxAttempts: 3,
  retryMode: "adaptive" as const,
  requestHandler: new NodeHttpHandler({
    httpAgent: new HttpAgent({ keepAlive: true, keepAliveMsecs: 1_000, maxSockets: 256 }),
    httpsAgent: new HttpsAgent({ keepAlive: true, keepAliveMsecs: 1_000, maxSockets: 256 }),
    connectionTimeout: 3_000,
    socketTimeout: 5_000,
    // Sockets are deliberately plentiful and queued waits are expected under load: no warning for them.
    socketAcquisitionWarningTimeout: 30_000,
  }),
});
