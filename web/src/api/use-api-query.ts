import { useQuery } from "@tanstack/react-query";
import { useSession } from "../auth/use-session.ts";
import { apiFetch } from "./client.ts";

/** A GET of the portal's API under `key`, run once someone is signed in (and `enabled`, if given). */
export function useApiQuery<T>(key: readonly unknown[], path: string, options: { enabled?: boolean } = {}) {
  const session = useSession();
  return useQuery<T, Error>({
    queryKey: key,
    queryFn: ({ signal }) => apiFetch<T>(path, { signal }),
    enabled: session !== null && (options.enabled ?? true),
  });
}
