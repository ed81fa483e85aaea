import { QueryClient, useQuery } from "@tanstack/react-query";
import type { Me } from "#shared/accounts/me.ts";
import type { ReferenceData } from "#shared/reference/schema.ts";
import { useSession } from "../auth/use-session.ts";
import { ApiError, apiFetch } from "./client.ts";

/** One query client for the app: client errors (4xx) are answers, not blips, so only retry the rest. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
    },
  });
}

/** `GET /api/me`: the signed-in user's profile and, for providers, their organisation. */
export function useMe() {
  const session = useSession();
  return useQuery<Me, Error>({
    queryKey: ["me", session?.user.id],
    queryFn: ({ signal }) => apiFetch<Me>("/api/me", { signal }),
    enabled: session !== null,
  });
}

/** `GET /api/reference`: need areas, tiers, regions and PDUs; it changes only with a deploy. */
export function useReference() {
  const session = useSession();
  return useQuery<ReferenceData, Error>({
    queryKey: ["reference"],
    queryFn: ({ signal }) => apiFetch<ReferenceData>("/api/reference", { signal }),
    enabled: session !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
