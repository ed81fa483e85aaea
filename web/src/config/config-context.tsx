import { createContext, type ReactNode, useContext } from "react";
import type { AppConfig } from "./app-config.ts";

const ConfigContext = createContext<AppConfig | null>(null);

export function ConfigProvider({ config, children }: { config: AppConfig | null; children: ReactNode }) {
  return <ConfigContext value={config}>{children}</ConfigContext>;
}

/** The runtime configuration; throws (to the nearest error page) when `/config.json` could not be read. */
export function useAppConfig(): AppConfig {
  const config = useContext(ConfigContext);
  if (config === null) throw new Error("The runtime configuration is unavailable.");
  return config;
}
