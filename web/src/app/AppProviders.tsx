import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useEffect } from "react";
import { sessionStore } from "../auth/session-store.ts";
import type { AppConfig } from "../config/app-config.ts";
import { ConfigProvider } from "../config/config-context.tsx";

/**
 * Runtime configuration and the query cache. The cache is emptied whenever someone signs in or out,
 * so nothing one person loaded is shown to the next.
 */
export function AppProviders({
  config,
  queryClient,
  children,
}: {
  config: AppConfig | null;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  useEffect(() => sessionStore.subscribe(() => queryClient.clear()), [queryClient]);
  return (
    <ConfigProvider config={config}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ConfigProvider>
  );
}
