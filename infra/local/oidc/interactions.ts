import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import type { InteractionResults } from "oidc-provider";
import { Secret, TOTP } from "otpauth";
import * as z from "zod";
import type { AccountSource, SignInAccount } from "#functions/accounts/index.ts";
import { passwordMatches } from "./account-source.ts";
import { type DemoChoice, loginPage, totpPage } from "./login-page.ts";
import { problemPage } from "./pages.ts";

const loginForm = z.object({
  email: z.string().trim().max(254).default(""),
  password: z.string().max(256).default(""),
});
const totpForm = z.object({ code: z.string().trim().max(20).default("") });

const maxFormBytes = 8192;
const readForm = async (req: IncomingMessage): Promise<Record<string, string>> => {
  let text = "";
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > maxFormBytes) throw Object.assign(new Error("Form too large"), { status: 413 });
  }
  return Object.fromEntries(new URLSearchParams(text));
};

/** Whether a 6-digit code is the account's current one (a step either side allowed for clock drift). */
export const totpMatches = (secret: string, code: string): boolean =>
  /^\d{6}$/.test(code) &&
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).validate({
    token: code,
    window: 1,
  }) !== null;

/**
 * The provider's interaction pages under /oidc/interaction/{uid}: the login form, the TOTP step for
 * people who have one, and the finish that grants the first-party web app its scopes without asking
 * (there is no consent page: the portal is the only client).
 */
export const createInteractions = (options: {
  provider: Provider;
  accounts: AccountSource;
  choices: readonly DemoChoice[];
  send: (res: ServerResponse, status: number, html: string) => void;
}) => {
  const { provider, accounts, send } = options;
  // Interactions whose password was right, waiting for the TOTP code: uid → account id.
  const awaitingCode = new Map<string, string>();

  const finish = async (req: IncomingMessage, res: ServerResponse, account: SignInAccount, amr: string[]) => {
    const details = await provider.interactionDetails(req, res);
    awaitingCode.delete(details.uid);
    const clientId = String(details.params.client_id);
    const existing = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
    const grant = existing ?? new provider.Grant({ accountId: account.sub, clientId });
    grant.addOIDCScope(String(details.params.scope ?? "openid"));
    const result: InteractionResults = {
      login: { accountId: account.sub, amr },
      consent: { grantId: await grant.save() },
    };
    await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  };

  const expired = (res: ServerResponse) =>
    send(
      res,
      400,
      problemPage(
        "Your sign-in timed out",
        "The sign-in took too long or was started in another tab. Go back to the portal and sign in again.",
      ),
    );

  /** Handles a request under /oidc/interaction/; answers false when the path is not one of its pages. */
  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> => {
    const match = /^\/oidc\/interaction\/(?<uid>[A-Za-z0-9_-]{1,64})(?<step>\/login|\/totp)?$/.exec(path);
    if (!match?.groups) return false;
    const { uid = "", step } = match.groups;
    let details: Awaited<ReturnType<Provider["interactionDetails"]>>;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      expired(res);
      return true;
    }
    if (details.uid !== uid) {
      expired(res);
      return true;
    }
    if (req.method === "GET" && !step) {
      const email = new URL(req.url ?? "/", "http://local").searchParams.get("email")?.slice(0, 254);
      send(res, 200, loginPage({ uid, choices: options.choices, ...(email ? { email } : {}) }));
      return true;
    }
    if (req.method === "POST" && step === "/login") {
      const form = loginForm.parse(await readForm(req));
      const errors = [
        ...(form.email === "" ? [{ field: "email", message: "Enter your email address" }] : []),
        ...(form.password === "" ? [{ field: "password", message: "Enter your password" }] : []),
      ];
      const account = errors.length ? undefined : await accounts.findByLogin(form.email);
      if (!errors.length && !(account?.enabled && (await passwordMatches(account, form.password)))) {
        errors.push({ field: "password", message: "The email address or password is not right" });
      }
      if (errors.length || !account) {
        send(res, 400, loginPage({ uid, email: form.email, errors, choices: options.choices }));
        return true;
      }
      if (account.totpSecret) {
        awaitingCode.set(uid, account.sub);
        send(res, 200, totpPage({ uid }));
        return true;
      }
      await finish(req, res, account, ["pwd"]);
      return true;
    }
    if (req.method === "POST" && step === "/totp") {
      const sub = awaitingCode.get(uid);
      const account = sub ? await accounts.findById(sub) : undefined;
      if (!account?.enabled || !account.totpSecret) {
        expired(res);
        return true;
      }
      const { code } = totpForm.parse(await readForm(req));
      const error =
        code === ""
          ? "Enter the code from your authenticator app"
          : totpMatches(account.totpSecret, code.replace(/\s/g, ""))
            ? undefined
            : "The code is not right: enter the code your authenticator app shows now";
      if (error) {
        send(res, 400, totpPage({ uid, error }));
        return true;
      }
      await finish(req, res, account, ["pwd", "otp"]);
      return true;
    }
    return false;
  };
};
