import { routeTable } from "../../routes.ts";
import { openApiDocument } from "./document.ts";

/** The OpenAPI document of the whole route table: needs every route's schema and zod-to-openapi. */
export const generatedDocument = () => openApiDocument(routeTable);
