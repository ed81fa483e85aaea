/** Locally the portal signs people in through the local identity provider's "sign in as" page. */
export interface LocalConfig {
  mode: "local";
}

/** In the cloud it uses the Cognito hosted UI (see `WebRuntimeConfig` in infra/constructs/web-site.ts). */
export interface CognitoConfig {
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

/**
 * Whether `/config.json` is a configuration the app can run with. Read before the first page, so checked
 * by hand: zod here would be on every first page (ADR 0021).
 */
export function isAppConfig(value: unknown): value is AppConfig {
  if (typeof value !== "object" || value === null) return false;
  const config = value as Record<string, unknown>;
  if (config.mode === "local") return true;
  return (
    config.mode === "cognito" &&
    isUrl(config.authority) &&
    isText(config.clientId) &&
    isUrl(config.redirectUri) &&
    isUrl(config.postLogoutRedirectUri) &&
    isText(config.scope) &&
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
