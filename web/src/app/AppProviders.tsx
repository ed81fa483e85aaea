import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useEffect } from "react";
import { sessionStore } from "../auth/session-store.ts";
import type { AppConfig } from "../config/app-config.ts";
import { ConfigProvider } from "../config/config-context.tsx";

/**
 * Runtime configuration and the query cache. Every cached answer is dropped whenever someone signs in or
 * out, so nothing one person loaded is shown to the next.
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
  // Reset rather than clear: clearing would cancel requests that pages still on screen are waiting for
  // (such as the sign-in page's list of demo users when an old token is refused), leaving them loading for
  // ever. Resetting drops every answer and asks again for whatever is on screen.
  useEffect(() => sessionStore.subscribe(() => void queryClient.resetQueries()), [queryClient]);
  return (
    <ConfigProvider config={config}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ConfigProvider>
  );
}
