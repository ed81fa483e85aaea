import { CachePolicy, OriginRequestPolicy } from "aws-cdk-lib/aws-cloudfront";
import { beforeAll, describe, expect, it } from "vitest";
import { spaRewriteSource } from "#infra/constructs/spa-rewrite.ts";
import { flattenIntrinsics, type Synthesised, synthPortal } from "./support/portal-template.ts";

let portal: Synthesised;
beforeAll(() => {
  portal = synthPortal();
});

const securityHeaders = () => {
  const [policy] = Object.values(portal.template.findResources("AWS::CloudFront::ResponseHeadersPolicy"));
  return policy?.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
};

const distributionConfig = () => {
  const [distribution] = Object.values(portal.template.findResources("AWS::CloudFront::Distribution"));
  return distribution?.Properties.DistributionConfig;
};

describe("the web site's security headers", () => {
  it("sends a strict CSP: same-origin scripts and styles only, never framed", () => {
    const csp = flattenIntrinsics(securityHeaders()?.ContentSecurityPolicy.ContentSecurityPolicy);
    const directives = new Map(
      csp.split(";").map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("style-src")).toEqual(["'self'"]);
    expect(directives.get("base-uri")).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*\s|\*;|\*$/);
    expect(securityHeaders()?.ContentSecurityPolicy.Override).toBe(true);
  });

  it("sends HSTS for two years with subdomains and preload, nosniff and DENY framing", () => {
    const headers = securityHeaders();
    expect(headers?.StrictTransportSecurity).toEqual({
      AccessControlMaxAgeSec: 63072000,
      IncludeSubdomains: true,
      Preload: true,
      Override: true,
    });
    expect(headers?.ContentTypeOptions).toEqual({ Override: true });
    expect(headers?.FrameOptions).toEqual({ FrameOption: "DENY", Override: true });
    expect(headers?.ReferrerPolicy?.ReferrerPolicy).toBe("strict-origin-when-cross-origin");
  });

  it("applies the headers to the site and to the API", () => {
    const config = distributionConfig();
    const behaviours = [config.DefaultCacheBehavior, ...config.CacheBehaviors];
    for (const behaviour of behaviours) expect(behaviour.ResponseHeadersPolicyId).toBeDefined();
  });
});

describe("routing at the edge", () => {
  it("passes /api/* uncached to the HTTP API with the viewer's headers but Host", () => {
    const api = distributionConfig().CacheBehaviors.find(
      (b: { PathPattern: string }) => b.PathPattern === "/api/*",
    );
    expect(api.CachePolicyId).toBe(CachePolicy.CACHING_DISABLED.cachePolicyId);
    expect(api.OriginRequestPolicyId).toBe(
      OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId,
    );
    expect(api.AllowedMethods).toEqual(expect.arrayContaining(["POST", "PUT", "PATCH", "DELETE"]));
    expect(api.ViewerProtocolPolicy).toBe("https-only");
  });

  it("serves client-side routes with a viewer-request function, not error responses that would mask API 404s", () => {
    const config = distributionConfig();
    expect(config.CustomErrorResponses).toBeUndefined();
    expect(config.DefaultCacheBehavior.FunctionAssociations).toEqual([
      expect.objectContaining({ EventType: "viewer-request" }),
    ]);
  });

  it("rewrites client-side routes to /index.html and leaves files and the API alone", () => {
    const handler = new Function(`${spaRewriteSource}; return handler;`)() as (event: {
      request: { uri: string };
    }) => { uri: string };
    const rewrite = (uri: string) => handler({ request: { uri } }).uri;
    expect(rewrite("/")).toBe("/index.html");
    expect(rewrite("/opportunities/01J9ZX")).toBe("/index.html");
    expect(rewrite("/invitations/01J9ZX.Ab-c_d")).toBe("/index.html");
    expect(rewrite("/assets/index-3f2a1b.js")).toBe("/assets/index-3f2a1b.js");
    expect(rewrite("/config.json")).toBe("/config.json");
    expect(rewrite("/api/opportunities/404")).toBe("/api/opportunities/404");
  });
});
