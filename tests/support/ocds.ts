import { readFileSync } from "node:fs";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

/**
 * The official OCDS 1.1.5 schemas, read from `../shared/standards/ocds` beside the repository (CI clones
 * the repository next to ../shared), with the bid and enquiry extensions applied as JSON Merge Patch
 * (RFC 7386) as the OCDS tooling does, checked by a standard JSON Schema draft-04 validator.
 */
const standards = new URL("../../../shared/standards/ocds/", import.meta.url);
const load = (path: string) =>
  JSON.parse(readFileSync(new URL(path, standards), "utf8")) as Record<string, unknown>;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** RFC 7386: objects merge member by member, null removes a member, anything else replaces. */
export const mergePatch = (target: unknown, patch: unknown): unknown => {
  if (!isObject(patch)) return patch;
  const out: Json = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
};

/** The release schema with both extensions applied. */
export const extendedReleaseSchema = () =>
  ["extensions/enquiry/release-schema.json", "extensions/bid/release-schema.json"].reduce<unknown>(
    (schema, patch) => mergePatch(schema, load(patch)),
    load("release-schema.json"),
  ) as Json;

/** What the validator found wrong, in one line each (empty when valid). */
export type Problems = string[];

/** Validators for each kind of OCDS output the portal produces. */
export const ocdsValidators = () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(extendedReleaseSchema());
  const release = ajv.getSchema(String(extendedReleaseSchema().id))!;
  const releasePackage = ajv.compile(load("release-package-schema.json"));
  const problems = (fn: typeof release): Problems =>
    (fn.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`);
  return {
    release: (body: unknown): Problems => (release(body) ? [] : problems(release)),
    releasePackage: (body: unknown): Problems => (releasePackage(body) ? [] : problems(releasePackage)),
    /** A record package: every compiled release must be a valid release (there is no 1.1.5 record-package schema here). */
    recordPackage: (body: unknown): Problems => {
      const records = isObject(body) && Array.isArray(body.records) ? (body.records as Json[]) : [];
      if (!records.length) return ["/records must hold at least one record"];
      return records.flatMap((r, i) => {
        if (typeof r.ocid !== "string" || !Array.isArray(r.releases))
          return [`/records/${i} needs an ocid and releases`];
        return release(r.compiledRelease)
          ? []
          : problems(release).map((p) => `/records/${i}/compiledRelease${p}`);
      });
    },
  };
};
