import type { AnnounceCessation, Cessation } from "#shared/framework/cessation.ts";
import { apiFetch } from "./client.ts";
import { useApiQuery } from "./use-api-query.ts";

export const marketKeys = { cessation: ["framework", "cessation"] as const };

/** `GET /api/framework/cessation`: whether the dynamic market is open, closing (and when) or closed. */
export const useMarketCessation = () =>
  useApiQuery<Cessation>(marketKeys.cessation, "/api/framework/cessation");

/** `POST /api/framework/cessation`: a framework administrator announces the market's end, once. */
export const announceMarketCessation = (body: AnnounceCessation) =>
  apiFetch<Cessation>("/api/framework/cessation", { method: "POST", body });
