/** How long a person may be idle before the portal signs them out, and how long before that it warns them. */
export interface SessionTimings {
  idleTimeoutSeconds?: number;
  idleWarningSeconds?: number;
}

/**
 * Locally the portal signs people in at the local OpenID Provider in the local stack (served by the
 * gateway at `/config.json`); redirect addresses are the page's own origin.
 */
export interface LocalConfig extends SessionTimings {
  mode: "local";
  authority: string;
  clientId: string;
  scope: string;
  /** Where the local twin of Cognito's user API (GlobalSignOut) answers. */
  identityApiUrl: string;
}

/** In the cloud it uses the Cognito hosted UI (see `WebRuntimeConfig` in infra/constructs/web-site.ts). */
export interface CognitoConfig extends SessionTimings {
  mode: "cognito";
  authority: string;
  clientId: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  scope: string;
  hostedUiUrl: string;
  apiBaseUrl: string;
}

/** `/config.json`: written at deploy time, so one build runs in every environment. */
export type AppConfig = LocalConfig | CognitoConfig;

const isUrl = (value: unknown) => typeof value === "string" && URL.canParse(value);
const isText = (value: unknown) => typeof value === "string" && value !== "";
const isOptionalSeconds = (value: unknown) =>
  value === undefined || (typeof value === "number" && Number.isInteger(value) && value > 0);

/**
 * Whether `/config.json` is a configuration the app can run with. Read before the first page, so checked
 * by hand: zod here would be on every first page (ADR 0021).
 */
export function isAppConfig(value: unknown): value is AppConfig {
  if (typeof value !== "object" || value === null) return false;
  const config = value as Record<string, unknown>;
  const common =
    isUrl(config.authority) &&
    isText(config.clientId) &&
    isText(config.scope) &&
    isOptionalSeconds(config.idleTimeoutSeconds) &&
    isOptionalSeconds(config.idleWarningSeconds);
  if (config.mode === "local") return common && isUrl(config.identityApiUrl);
  return (
    config.mode === "cognito" &&
    common &&
    isUrl(config.redirectUri) &&
    isUrl(config.postLogoutRedirectUri) &&
    isUrl(config.hostedUiUrl) &&
    typeof config.apiBaseUrl === "string"
  );
}

/** Reads `/config.json`; throws when it is missing or malformed. */
export async function loadAppConfig(): Promise<AppConfig> {
  const response = await fetch("/config.json", {
    cache: "no-store",
    headers: { accept: "application/json" },
  });
  if (!response.ok) throw new Error(`config.json: ${response.status}`);
  const config: unknown = await response.json();
  if (!isAppConfig(config)) throw new Error("config.json is not a configuration the portal can run with");
  return config;
}
