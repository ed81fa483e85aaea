import { findNeedArea } from "../reference/index.ts";

/**
 * The desired outcomes that count towards a need area's target (seed 003): "in settled and suitable
 * accommodation at the end" is met by securing settled accommodation or preventing its loss; "in
 * employment at termination" by obtaining or keeping paid work. A report recording any of them as
 * achieved counts once; every report of that need area is the base.
 */
export const headlineOutcomes: Record<string, readonly string[]> = Object.fromEntries(
  (
    [
      ["accommodation", [0, 2]],
      ["employment-training-education", [0, 1]],
    ] as const
  ).map(([needAreaId, indexes]) => [
    needAreaId,
    indexes.map((i) => findNeedArea(needAreaId)?.desiredOutcomes[i] ?? ""),
  ]),
);
