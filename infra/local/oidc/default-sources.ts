import { type AccountSource, peopleAccountSource } from "#functions/accounts/index.ts";
import { demoAccountSource } from "./account-source.ts";

/**
 * Who can sign in locally when a caller names no one: the demo users first, then the people invited
 * through the portal (whose accounts the accounts context keeps in the table, as Cognito would).
 */
export const defaultAccountSources = (): AccountSource[] => [demoAccountSource(), peopleAccountSource()];
