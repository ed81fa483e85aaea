import { expect } from "vitest";

/** Every API response: never sniffed, never framed, never cached (API responses carry personal data). */
export const expectSecurityHeaders = (headers: Headers) => {
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("cache-control")).toBe("no-store");
  const csp = headers.get("content-security-policy") ?? "";
  expect(csp).toMatch(/frame-ancestors 'none'/);
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
};
