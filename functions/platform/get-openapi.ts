import { routeTable } from "../routes.ts";
import { httpHandler } from "./http/handler.ts";
import { openApiDocument } from "./openapi/document.ts";
import { openApiRoute } from "./routes.ts";

let document: ReturnType<typeof openApiDocument> | undefined;

/** Serves the OpenAPI document, generated once per container from the route table. */
export const handler = httpHandler(openApiRoute, async () => {
  document ??= openApiDocument(routeTable);
  return document;
});
