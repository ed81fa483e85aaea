import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import sirv from "sirv";
import { clockSetting, now, setClock } from "#functions/platform/clock.ts";
import type { RouteDefinition } from "#functions/platform/route.ts";
import { isCostlyPath, type RateLimits, rateLimitsFromEnv } from "../rate-limits.ts";
import { toApiEvent, toLambdaContext } from "./api-event.ts";
import type { JobRunner } from "./job-runner.ts";
import type { OidcHost } from "./oidc/host.ts";
import { createRateLimiter, tooManyRequests } from "./rate-limiter.ts";
import { createRouteMatcher } from "./route-matcher.ts";
import { webSecurityHeaders } from "./security-headers.ts";

type LambdaHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

export interface GatewayOptions {
  routes: readonly RouteDefinition[];
  functionsDir: string;
  /** The local OpenID Provider, mounted at /oidc. */
  oidc: OidcHost;
  s3Endpoint: string;
  /** Serve the built web app (tests, `npm start -- --built`); otherwise Vite serves it. */
  webDir?: string;
  /** The local job runner, for `/__local/jobs/settle` and `/__local/jobs/{name}/run`. */
  jobs?: JobRunner;
  /** Per-client limits; defaults to the PORTAL_RATE_LIMIT_* environment variables, then the cloud's numbers. */
  rateLimits?: RateLimits;
}

const maxBodyBytes = 1_048_576;

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        // Drain the rest rather than destroying the socket, so the client reads the 413 instead of a reset.
        req.removeAllListeners("data");
        req.resume();
        reject(Object.assign(new Error("Body too large"), { status: 413 }));
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });

const sendJson = (res: ServerResponse, status: number, body: unknown, type = "application/json") => {
  // The same headers as the handlers' responses (functions/platform/http/responses.ts).
  res.writeHead(status, {
    "content-type": type,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  });
  res.end(JSON.stringify(body));
};

const problem = (res: ServerResponse, status: number, title: string, detail: string, extra = {}) =>
  sendJson(res, status, { type: `about:blank`, title, status, detail, ...extra }, "application/problem+json");

/**
 * The local gateway: a node:http server that turns requests into API Gateway v2 events, invokes the
 * real handlers from the route table and writes their responses. It also hosts the local-only identity
 * provider and clock under /__local, which the cloud build does not have.
 */
export const createGateway = (options: GatewayOptions): Server => {
  const matcher = createRouteMatcher(options.routes);
  const handlers = new Map<string, Promise<LambdaHandler>>();
  const load = (route: RouteDefinition) => {
    let loaded = handlers.get(route.handler);
    if (!loaded) {
      const url = pathToFileURL(join(options.functionsDir, route.handler)).href;
      loaded = import(url).then((m: { handler: LambdaHandler }) => m.handler);
      handlers.set(route.handler, loaded);
    }
    return loaded;
  };
  const staticFiles = options.webDir
    ? sirv(options.webDir, { single: true, etag: true, dev: true })
    : undefined;
  const pageHeaders = webSecurityHeaders(options.s3Endpoint);
  const limiter = createRateLimiter(options.rateLimits ?? rateLimitsFromEnv());

  const handleApi = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const found = matcher.match(req.method ?? "GET", url.pathname);
    // Counted before anything else, as the WAF counts in front of the API: probes of unknown routes too.
    const verdict = limiter.api(
      req,
      found !== undefined && "route" in found && isCostlyPath(found.route.path),
    );
    if (!verdict.allowed) {
      req.resume();
      return tooManyRequests(res, verdict.retryAfterSeconds);
    }
    if (!found) return problem(res, 404, "Not found", "There is no API route at this address.");
    if ("allowed" in found) {
      res.setHeader("allow", found.allowed.join(", "));
      return problem(res, 405, "Method not allowed", `Use ${found.allowed.join(" or ")} for this address.`);
    }
    const body = await readBody(req);
    const event = toApiEvent(req, url, found.route, found.pathParameters, body);
    const handler = await load(found.route);
    const result = await handler(event, toLambdaContext(found.route, event.requestContext.requestId));
    res.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
    res.end(result.body ?? "");
  };

  const handleLocal = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const path = url.pathname.replace(/^\/__local/, "");
    if (path === "/rate-limits") {
      // Local only, like the clock: the test that proves a limit lowers it, then puts it back.
      if (req.method === "POST") {
        const input = JSON.parse((await readBody(req)) || "{}") as Partial<Record<keyof RateLimits, unknown>>;
        const next = Object.fromEntries(
          Object.entries(input).filter(
            ([k, v]) => k in limiter.limits() && Number.isInteger(v) && Number(v) > 0,
          ),
        ) as Partial<RateLimits>;
        limiter.configure(next);
      }
      return sendJson(res, 200, limiter.limits());
    }
    if (path === "/clock") {
      if (req.method === "POST") {
        const input = JSON.parse((await readBody(req)) || "{}") as {
          offsetMs?: number;
          now?: string;
          frozen?: boolean;
        };
        const target = input.now ? Date.parse(input.now) : Number.NaN;
        if (!Number.isNaN(target) && input.frozen) setClock({ frozenAt: new Date(target) });
        else if (!Number.isNaN(target)) setClock({ offsetMs: target - Date.now() });
        else if (typeof input.offsetMs === "number") setClock({ offsetMs: input.offsetMs });
        else
          return problem(
            res,
            400,
            "Bad clock",
            "Send { now: ISO date, frozen?: boolean } or { offsetMs: number }.",
          );
      }
      return sendJson(res, 200, { now: now().toISOString(), ...clockSetting() });
    }
    const job = /^\/jobs\/(?<name>[A-Za-z0-9-]+)\/run$/.exec(path)?.groups?.name;
    if (path === "/jobs/settle" && req.method === "POST") {
      await options.jobs?.settle();
      return sendJson(res, 200, { settled: true });
    }
    if (job && req.method === "POST") {
      if (!(await options.jobs?.run(job)))
        return problem(res, 404, "Not found", "No scheduled job has that name.");
      return sendJson(res, 200, { ran: job });
    }
    return problem(res, 404, "Not found", "No local endpoint here.");
  };

  // Signing in is limited per client as Cognito limits it: the password grant and the login form posts.
  const isSignIn = (req: IncomingMessage, path: string) =>
    req.method === "POST" &&
    (path === "/oidc/token" || /^\/oidc\/interaction\/[^/]+\/(login|totp)$/.test(path));
  const handleOidc = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (isSignIn(req, url.pathname)) {
      const verdict = limiter.signIn(req);
      if (!verdict.allowed) {
        req.resume();
        return tooManyRequests(res, verdict.retryAfterSeconds);
      }
    }
    await options.oidc.handle(req, res);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const work = url.pathname.startsWith("/api/")
      ? handleApi(req, res, url)
      : url.pathname.startsWith("/__local/")
        ? handleLocal(req, res, url)
        : url.pathname.startsWith("/oidc/")
          ? handleOidc(req, res, url)
          : url.pathname === "/config.json"
            ? // Locally the web app's runtime configuration names this stack's provider (in the cloud it is deployed).
              Promise.resolve(sendJson(res, 200, options.oidc.webConfig))
            : Promise.resolve().then(() => {
                if (!staticFiles)
                  return problem(res, 404, "Not found", "The web app is served by Vite in dev mode.");
                for (const [name, value] of Object.entries(pageHeaders)) res.setHeader(name, value);
                staticFiles(req, res, () => {
                  // sirv takes a path whose last part has a dot for a file, but a page's address may hold
                  // one (an invitation link's id.secret): pages, not assets, get the app, as CloudFront does.
                  if (url.pathname.startsWith("/assets/") || !/^[\w./~-]+$/.test(url.pathname)) {
                    return problem(res, 404, "Not found", "No such file.");
                  }
                  req.url = "/index.html";
                  staticFiles(req, res, () => problem(res, 404, "Not found", "No such file."));
                });
              });
    work.catch((error: Error & { status?: number }) => {
      // Reaching here means the gateway itself failed (or refused an oversized body); handlers map their own errors.
      if (!error.status) console.error(`Local gateway error: ${error.name}: ${error.message}`);
      if (!res.headersSent) {
        problem(
          res,
          error.status ?? 500,
          "Gateway error",
          error.status === 413 ? "Request too large." : "Try again.",
        );
      } else res.end();
    });
  });
  // Node's 5 s default races clients that reuse an idle connection just as a busy server times it out
  // (the client sees ECONNRESET); a long server-side idle timeout leaves closing idle sockets to clients.
  server.keepAliveTimeout = 65_000;
  return server;
};
