import { performanceTargets } from "#shared/reference/performance-targets.ts";
import { httpHandler } from "../platform/http/handler.ts";
import { getTargetsRoute } from "./export-routes.ts";
import { visibleTargets } from "./targets-repository.ts";

/** The seed defaults and the targets the caller may see. */
export const handler = httpHandler(getTargetsRoute, async ({ principal }) => ({
  defaults: performanceTargets.map((t) => ({
    measureId: t.id,
    measure: t.measure,
    ...(t.needAreaId ? { needAreaId: t.needAreaId } : {}),
    percent: t.percent,
  })),
  targets: await visibleTargets(principal),
}));
