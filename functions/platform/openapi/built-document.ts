import { gzipSync } from "node:zlib";
import { generatedDocument } from "./generated-document.ts";

/** The document as the bundler writes it into the function: gzipped JSON, base64 (about 40 KB, not 730). */
export const encodeDocument = (document: unknown): string =>
  gzipSync(JSON.stringify(document), { level: 9 }).toString("base64");

let built: string | undefined;

/**
 * What the bundler replaces (esbuild `define`, infra/bundling/function-bundling.ts) in get-openapi.ts:
 * the document built at synth, so the platform function carries neither every route's schema nor
 * zod-to-openapi (issue 15, ADR 0013). Generated from the route table once per synth. The flag is a
 * separate short name because esbuild folds a short constant but not a 40 KB one.
 */
export const builtDocumentDefines = (): Record<string, string> => {
  built ??= encodeDocument(generatedDocument());
  return {
    "process.env.PORTAL_OPENAPI_BUILT": JSON.stringify("yes"),
    "process.env.PORTAL_OPENAPI_DOCUMENT": JSON.stringify(built),
  };
};
