import { createHash, randomBytes } from "node:crypto";
import { localClientId } from "../../infra/local/oidc/provider.ts";
import { gatewayUrl } from "./api.ts";

/** The web app's callback on the gateway's own origin (one of the client's registered redirect URIs). */
export const callbackUrl = () => `${gatewayUrl()}/auth/callback`;

/** A PKCE pair: a random verifier and its S256 challenge. */
export const pkcePair = () => {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
};

/** The authorisation request the web app makes, with whatever parameters the test chooses. */
export const authorizeUrl = (params: Record<string, string>) =>
  `${gatewayUrl()}/oidc/auth?${new URLSearchParams({
    client_id: localClientId,
    redirect_uri: callbackUrl(),
    response_type: "code",
    scope: "openid email profile",
    state: randomBytes(8).toString("hex"),
    ...params,
  })}`;

/** A browser without a browser: follows nothing by itself, but keeps the provider's cookies. */
export const cookieJar = () => {
  const cookies = new Map<string, string>();
  const request = async (url: string, init: RequestInit = {}) => {
    const res = await fetch(new URL(url, gatewayUrl()), {
      ...init,
      redirect: "manual",
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; "),
      },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const [name = "", ...value] = pair.split("=");
      if (/expires=Thu, 01 Jan 1970/i.test(line)) cookies.delete(name);
      else cookies.set(name, value.join("="));
    }
    return res;
  };
  /** Posts a form as the login page does. */
  const post = (url: string, form: Record<string, string>) =>
    request(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form).toString(),
    });
  return { request, post };
};

/**
 * Walks the authorisation code flow as a person would: the authorisation request, the login page's form
 * (and the TOTP step when `totp` is given), back to the callback with a code. Answers the code.
 */
export const signInThroughLoginPage = async (
  jar: ReturnType<typeof cookieJar>,
  options: { email: string; password: string; challenge: string; totp?: () => string },
): Promise<string> => {
  let res = await jar.request(
    authorizeUrl({ code_challenge: options.challenge, code_challenge_method: "S256" }),
  );
  const interaction = res.headers.get("location") ?? "";
  if (!interaction.includes("/oidc/interaction/"))
    throw new Error(`No login page: ${res.status} ${interaction}`);
  res = await jar.post(`${interaction}/login`, { email: options.email, password: options.password });
  if (options.totp) res = await jar.post(`${interaction}/totp`, { code: options.totp() });
  // The provider resumes the authorisation, then redirects to the web app with the code.
  while (res.status >= 300 && res.status < 400) {
    const next = res.headers.get("location") ?? "";
    if (next.startsWith(callbackUrl())) return new URL(next).searchParams.get("code") ?? "";
    res = await jar.request(next);
  }
  throw new Error(`Sign-in did not return to the web app: ${res.status} ${await res.text()}`);
};
