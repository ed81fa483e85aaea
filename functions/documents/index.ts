/** The documents context's public module: all that other contexts may import from it (ADR "lint boundaries"). */
export { sealAttachments, verifiedAttachments } from "./attachments.ts";
export { documentKeys } from "./keys.ts";
