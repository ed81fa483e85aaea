import { Logger } from "@aws-lambda-powertools/logger";

/**
 * The one structured logger. Rule: log identifiers, states and timings only — never request or
 * response bodies, names, CRNs, dates of birth or free text, which may hold personal data.
 */
export const logger = new Logger({ serviceName: "dynamic-framework-portal" });
