import { gunzipSync } from "node:zlib";
import { httpHandler } from "./http/handler.ts";
import type { generatedDocument } from "./openapi/generated-document.ts";
import { openApiRoute } from "./routes.ts";

type OpenApiDocument = ReturnType<typeof generatedDocument>;

let document: OpenApiDocument | undefined;

/**
 * Serves the OpenAPI document. Bundled, both names below are replaced with the document built at synth
 * (openapi/built-document.ts) and the generator is dead code, left out of the function; run from source
 * (the local gateway, tests) the document is generated from the route table on the first request.
 */
export const handler = httpHandler(openApiRoute, async () => {
  document ??=
    process.env.PORTAL_OPENAPI_BUILT === "yes"
      ? (JSON.parse(
          gunzipSync(Buffer.from(process.env.PORTAL_OPENAPI_DOCUMENT ?? "", "base64")).toString("utf8"),
        ) as OpenApiDocument)
      : (await import("./openapi/generated-document.ts")).generatedDocument();
  return document;
});
