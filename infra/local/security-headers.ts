/**
 * The headers the cloud's CloudFront response-headers policy sets, applied by the local gateway too so
 * pages behave the same here (HSTS is cloud-only: it would pin localhost to HTTPS).
 */
export const webSecurityHeaders = (s3Origin: string): Record<string, string> => ({
  "content-security-policy": [
    "default-src 'self'",
    `connect-src 'self' ${s3Origin}`,
    "img-src 'self' data:",
    "style-src 'self'",
    "script-src 'self'",
    "font-src 'self' data:",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; "),
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
});
