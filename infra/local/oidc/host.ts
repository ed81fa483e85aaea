import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AccountSource } from "#functions/accounts/index.ts";
import { globalSignOutTarget, handleGlobalSignOut } from "./global-sign-out.ts";
import { createInteractions } from "./interactions.ts";
import type { DemoChoice } from "./login-page.ts";
import { pageSecurityPolicy, stylesheetPath } from "./pages.ts";
import { createOpenIdProvider, type LocalOpenIdProvider, type ShortLivedTokens } from "./provider.ts";
import { registerPasswordGrant } from "./password-grant.ts";

export { globalSignOutTarget };

const stylesheetFile = createRequire(import.meta.url).resolve(
  "govuk-frontend/dist/govuk/govuk-frontend.min.css",
);

/** The local OpenID Provider as the gateway mounts it under /oidc. */
export interface OidcHost {
  oidc: LocalOpenIdProvider;
  /** What the web app's `/config.json` says in local mode. */
  webConfig: { mode: "local"; authority: string; clientId: string; scope: string; identityApiUrl: string };
  /** Handles a request whose path starts with /oidc/. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

/**
 * Starts the provider for a gateway at `gatewayUrl`: discovery at `<gatewayUrl>/oidc/.well-known/openid-configuration`,
 * its login pages, the password grant and the GlobalSignOut twin. `webOrigins` are where the web app runs
 * (the gateway itself, and Vite in `npm start`).
 */
export const createOidcHost = async (options: {
  gatewayUrl: string;
  keyDir?: string;
  webOrigins: readonly string[];
  accounts: AccountSource;
  choices: readonly DemoChoice[];
  shortLivedTokens?: ShortLivedTokens | undefined;
}): Promise<OidcHost> => {
  const issuer = `${options.gatewayUrl}/oidc`;
  const oidc = await createOpenIdProvider({
    issuer,
    ...(options.keyDir ? { keyDir: options.keyDir } : {}),
    webOrigins: options.webOrigins,
    accounts: options.accounts,
    choices: options.choices,
    shortLivedTokens: options.shortLivedTokens,
  });
  registerPasswordGrant(oidc.provider, options.accounts, oidc.findAccount);
  const policy = pageSecurityPolicy(options.webOrigins);
  const send = (res: ServerResponse, status: number, html: string) => {
    res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(html);
  };
  const interactions = createInteractions({
    provider: oidc.provider,
    accounts: options.accounts,
    choices: options.choices,
    send,
  });
  const callback = oidc.provider.callback();

  return {
    oidc,
    webConfig: {
      mode: "local",
      authority: issuer,
      clientId: oidc.clientId,
      scope: "openid email profile",
      identityApiUrl: `${issuer}/cognito`,
    },
    handle: async (req, res) => {
      const url = new URL(req.url ?? "/", "http://local");
      res.setHeader("content-security-policy", policy);
      res.setHeader("x-content-type-options", "nosniff");
      res.setHeader("x-frame-options", "DENY");
      res.setHeader("referrer-policy", "no-referrer");
      if (url.pathname === stylesheetPath) {
        res.writeHead(200, { "content-type": "text/css", "cache-control": "public, max-age=3600" });
        res.end(await readFile(stylesheetFile));
        return;
      }
      if (url.pathname === "/oidc/cognito") return handleGlobalSignOut(oidc, options.webOrigins, req, res);
      if (url.pathname.startsWith("/oidc/interaction/") && (await interactions(req, res, url.pathname)))
        return;
      // Mounted under /oidc: the provider sees its own paths and finds the mount from originalUrl.
      const request = req as IncomingMessage & { originalUrl?: string };
      request.originalUrl = req.url;
      request.url = (req.url ?? "/").replace(/^\/oidc/, "") || "/";
      await callback(req, res);
    },
  };
};
