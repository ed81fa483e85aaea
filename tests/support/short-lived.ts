/**
 * Logins whose ID tokens live `shortLivedSeconds` in the test stack (global-setup.ts), for the browser
 * test of silent renewal; everyone else's live the Cognito app client's hour.
 */
export const shortLivedLogin = /@short-lived\.example\.org$/;

/**
 * Short enough that the test sees two renewals quickly: the web app renews half way through a token's
 * life and retries after a quarter of it (`renewalTiming`), so this works for any lifetime.
 */
export const shortLivedSeconds = 20;
