import { ocdsExtensions } from "../ocds/release.ts";
import { buyer } from "./draft.ts";

/** A published OCDS release: its sections as drafted plus id, date, tag and the notice's own text. */
export type Release = Record<string, unknown> & { ocid: string; id: string; date: string; tag: string[] };

/** The procurement's one ocid: the registered prefix and the procurement's id. */
export const ocidOf = (prefix: string, procurementId: string) => `${prefix}-${procurementId}`;

/** Where a notice's free text goes in its release. */
export type TextAt = "tender" | "awards" | "contracts";

const withDescription = (sections: Record<string, unknown>, textAt: TextAt, description: string) => {
  const target = sections[textAt];
  if (textAt === "tender") return { ...sections, tender: { ...(target as object), description } };
  const list = (target as Record<string, unknown>[] | undefined) ?? [];
  return { ...sections, [textAt]: list.map((x) => ({ ...x, description })) };
};

/** The release a notice publishes, fixed at publication (a correction publishes a new one). */
export const publishedRelease = (input: {
  ocid: string;
  noticeId: string;
  publishedAt: string;
  tag: string;
  textAt: TextAt;
  description: string;
  sections: Record<string, unknown>;
}): Release => ({
  ocid: input.ocid,
  id: `${input.ocid}-${input.noticeId}`,
  date: input.publishedAt,
  tag: [input.tag],
  initiationType: "tender",
  language: "en",
  ...withDescription(input.sections, input.textAt, input.description),
});

/** Releases as an OCDS 1.1 release package. */
export const releasePackage = (uri: string, releases: Release[], publishedDate: string) => ({
  uri,
  version: "1.1",
  extensions: ocdsExtensions,
  publishedDate,
  publisher: { name: buyer.name },
  releases,
});

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

// OCDS merge: objects merge field by field, arrays of objects with ids merge by id, anything else
// is replaced by the later release's value.
const merge = (before: unknown, after: unknown): unknown => {
  if (isObject(before) && isObject(after)) {
    const out: Record<string, unknown> = { ...before };
    for (const [k, v] of Object.entries(after)) out[k] = k in before ? merge(before[k], v) : v;
    return out;
  }
  if (Array.isArray(before) && Array.isArray(after) && after.every((x) => isObject(x) && "id" in x)) {
    const out = [...(before as Record<string, unknown>[])];
    for (const item of after as Record<string, unknown>[]) {
      const at = out.findIndex((x) => isObject(x) && x.id === item.id);
      if (at >= 0) out[at] = merge(out[at], item) as Record<string, unknown>;
      else out.push(item);
    }
    return out;
  }
  return after;
};

/** A procurement's releases (in publication order) merged into its compiled release. */
export const compiledRelease = (releases: Release[]): Release => {
  const merged = releases.reduce<unknown>((acc, r) => merge(acc, r), {}) as Release;
  const last = releases[releases.length - 1]!;
  return { ...merged, id: `${last.ocid}-compiled-${releases.length}`, date: last.date, tag: ["compiled"] };
};

/** The OCDS record package of one procurement: links to its releases and the compiled release. */
export const recordPackage = (
  uri: string,
  releasesUri: string,
  releases: Release[],
): Record<string, unknown> => ({
  uri,
  version: "1.1",
  extensions: ocdsExtensions,
  publishedDate: releases[releases.length - 1]!.date,
  publisher: { name: buyer.name },
  packages: [releasesUri],
  records: [
    {
      ocid: releases[0]!.ocid,
      releases: releases.map((r) => ({ url: `${releasesUri}#${r.id}`, date: r.date, tag: r.tag })),
      compiledRelease: compiledRelease(releases),
    },
  ],
});
