import { describe, expect, it } from "vitest";
import { api, gatewayUrl } from "../support/api.ts";
import { expectSecurityHeaders } from "./support/headers.ts";

/** The CSP as a map of directive → sources. */
const directives = (csp: string) =>
  new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );

// Every API route's responses are checked in the access matrix (expectSecurityHeaders on all of them).
// HSTS is the cloud's: tests/infra/web-security.test.ts asserts it on the CloudFront headers policy.
describe("security headers", () => {
  it.each(["/", "/sign-in", "/opportunities/01J9ZX"])(
    "the web app at %s: strict CSP, nosniff, never framed",
    async (path) => {
      const res = await fetch(`${gatewayUrl()}${path}`);
      expect(res.status).toBe(200);
      const csp = directives(res.headers.get("content-security-policy") ?? "");
      expect(csp.get("default-src")).toEqual(["'self'"]);
      expect(csp.get("script-src")).toEqual(["'self'"]);
      expect(csp.get("style-src")).toEqual(["'self'"]);
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
      expect(csp.get("base-uri")).toEqual(["'self'"]);
      expect(res.headers.get("content-security-policy")).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    },
  );

  it("the API's own refusals (no such route, wrong method, too large) carry the API headers too", async () => {
    const answers = [
      await api("GET", "/api/no-such-route"),
      await api("DELETE", "/api/health"),
      await api("POST", "/api/opportunities", { rawBody: "x".repeat(1_100_000) }),
    ];
    expect(answers.map((a) => a.status)).toEqual([404, 405, 413]);
    for (const res of answers) {
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expectSecurityHeaders(res.headers);
    }
  });
});
