export interface CspOrigins {
  /** The Cognito hosted UI, e.g. `https://<prefix>.auth.<region>.amazoncognito.com` (token endpoint, sign-in). */
  hostedUi: string;
  /** The regional Cognito endpoint, e.g. `https://cognito-idp.<region>.amazonaws.com` (discovery, keys). */
  cognitoIdp: string;
  /** The documents bucket that presigned uploads and downloads go to. */
  documents: string;
}

/**
 * The site's Content-Security-Policy: nothing inline, nothing from elsewhere, and the only other
 * origins are the ones the app must talk to. Named origins, not wildcards, so no other Cognito domain
 * or bucket can receive data from the page.
 */
export const contentSecurityPolicy = (origins: CspOrigins): string =>
  [
    "default-src 'self'",
    `connect-src 'self' ${origins.hostedUi} ${origins.cognitoIdp} ${origins.documents}`,
    "img-src 'self' data:",
    "style-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self' ${origins.hostedUi}`,
  ].join("; ");
