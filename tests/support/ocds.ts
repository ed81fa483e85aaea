import { readFileSync } from "node:fs";
import * as z from "zod";

const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`../data/ocds/${name}`, import.meta.url), "utf8")) as Record<
    string,
    unknown
  >;

/**
 * The shipped OCDS 1.1 release-package schema with its release schema resolved locally (the package
 * schema refers to the release schema by URL), turned into a validator by zod's JSON Schema reader —
 * no validator package (such as ajv) is installed.
 */
export const releasePackageValidator = () => {
  const { definitions, id: _id, $schema: _s, ...release } = load("release-schema.json");
  const pkg = load("release-package-schema.json");
  const properties = pkg.properties as Record<string, Record<string, unknown>>;
  return z.fromJSONSchema({
    ...pkg,
    properties: {
      ...properties,
      releases: { ...properties.releases, items: { $ref: "#/definitions/Release" } },
    },
    definitions: { ...(definitions as Record<string, unknown>), Release: release },
  } as Parameters<typeof z.fromJSONSchema>[0]);
};
