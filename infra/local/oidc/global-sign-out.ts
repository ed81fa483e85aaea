import type { IncomingMessage, ServerResponse } from "node:http";
import * as z from "zod";
import type { LocalOpenIdProvider } from "./provider.ts";

/** The Cognito API action this endpoint answers, named as Cognito's `X-Amz-Target` names it. */
export const globalSignOutTarget = "AWSCognitoIdentityProviderService.GlobalSignOut";

const body = z.object({ AccessToken: z.string().min(1).max(4096) });

const answer = (res: ServerResponse, status: number, payload: object, origin: string | undefined) => {
  res.writeHead(status, {
    "content-type": "application/x-amz-json-1.1",
    "cache-control": "no-store",
    ...(origin ? { "access-control-allow-origin": origin, vary: "origin" } : {}),
  });
  res.end(JSON.stringify(payload));
};

/**
 * `POST /oidc/cognito` with `X-Amz-Target: AWSCognitoIdentityProviderService.GlobalSignOut`: the local
 * twin of Cognito's GlobalSignOut, shaped the same way (JSON body with the access token, `{}` on
 * success, `NotAuthorizedException` otherwise), so the web app's "sign out everywhere" is one code path.
 * It revokes every grant of the person, so each of their refresh tokens stops working, and ends their
 * provider sessions.
 */
export const handleGlobalSignOut = async (
  oidc: LocalOpenIdProvider,
  webOrigins: readonly string[],
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> => {
  const origin = webOrigins.find((o) => o === req.headers.origin);
  if (req.method === "OPTIONS") {
    res.writeHead(204, {
      ...(origin
        ? {
            "access-control-allow-origin": origin,
            "access-control-allow-methods": "POST",
            "access-control-allow-headers": "content-type, x-amz-target",
            "access-control-max-age": "600",
            vary: "origin",
          }
        : {}),
    });
    res.end();
    return;
  }
  if (req.method !== "POST" || req.headers["x-amz-target"] !== globalSignOutTarget) {
    answer(
      res,
      400,
      { __type: "InvalidParameterException", message: "Only GlobalSignOut is offered here." },
      origin,
    );
    return;
  }
  let text = "";
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > 8192) break;
  }
  let parsed: z.infer<typeof body> | undefined;
  try {
    parsed = body.parse(JSON.parse(text));
  } catch {
    parsed = undefined;
  }
  const token = parsed ? await oidc.provider.AccessToken.find(parsed.AccessToken) : undefined;
  if (!token?.accountId) {
    answer(res, 400, { __type: "NotAuthorizedException", message: "Access Token has been revoked" }, origin);
    return;
  }
  oidc.store.signOutEverywhere(token.accountId);
  answer(res, 200, {}, origin);
};
