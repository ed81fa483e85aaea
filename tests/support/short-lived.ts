/**
 * Logins whose ID tokens live `shortLivedSeconds` in the test stack (global-setup.ts), for the browser
 * test of silent renewal; everyone else's live the Cognito app client's hour.
 */
export const shortLivedLogin = /@short-lived\.example\.org$/;

/** Longer than the web app's one-minute pause between renewals, so each renewal is in time. */
export const shortLivedSeconds = 75;
