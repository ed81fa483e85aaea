import * as z from "zod";

/** Locally the portal signs people in through the local identity provider's "sign in as" page. */
const localConfigSchema = z.object({ mode: z.literal("local") });

/** In the cloud it uses the Cognito hosted UI (see `WebRuntimeConfig` in infra/constructs/web-site.ts). */
const cognitoConfigSchema = z.object({
  mode: z.literal("cognito"),
  authority: z.url(),
  clientId: z.string().min(1),
  redirectUri: z.url(),
  postLogoutRedirectUri: z.url(),
  scope: z.string().min(1),
  hostedUiUrl: z.url(),
  apiBaseUrl: z.string(),
});

/** `/config.json`: written at deploy time, so one build runs in every environment. */
export const appConfigSchema = z.discriminatedUnion("mode", [localConfigSchema, cognitoConfigSchema]);
export type AppConfig = z.infer<typeof appConfigSchema>;
export type CognitoConfig = z.infer<typeof cognitoConfigSchema>;

/** Reads `/config.json`; throws when it is missing or malformed. */
export async function loadAppConfig(): Promise<AppConfig> {
  const response = await fetch("/config.json", {
    cache: "no-store",
    headers: { accept: "application/json" },
  });
  if (!response.ok) throw new Error(`config.json: ${response.status}`);
  return appConfigSchema.parse(await response.json());
}
