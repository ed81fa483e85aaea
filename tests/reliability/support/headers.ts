import { expect } from "vitest";

/**
 * Every API response: never sniffed, never framed, never cached (API responses carry personal data) —
 * except a public route's answer (`cacheable`), which holds only the public record.
 */
export const expectSecurityHeaders = (headers: Headers, cacheable = false) => {
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("cache-control")).toBe(cacheable ? "public, max-age=60" : "no-store");
  const csp = headers.get("content-security-policy") ?? "";
  expect(csp).toMatch(/frame-ancestors 'none'/);
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
};
