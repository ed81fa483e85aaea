/** The notifications context's public module: all that other contexts may import from it (ADR "lint boundaries"). */
export { organisationEmails } from "./recipients.ts";
export { notificationItems, outboxPut } from "./repository.ts";
export { clarificationAnswered, questionAsked } from "./templates.ts";
export { notifyOnce } from "./repository.ts";
