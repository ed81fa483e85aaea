import { describe, expect, it } from "vitest";
import { routeTable } from "#functions/routes.ts";
import { type SchemaNode, unboundedIn } from "./bounds.ts";
import { openApiDocument } from "./document.ts";

interface Operation {
  operationId: string;
  parameters?: { in: string; name: string; schema?: SchemaNode }[];
  requestBody?: { content?: Record<string, { schema?: SchemaNode }> };
}

const document = openApiDocument(routeTable) as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, SchemaNode> };
};

const resolve = (ref: string) => document.components?.schemas?.[ref.replace("#/components/schemas/", "")];

/** Every request part (path, query, header parameters and JSON bodies) of every operation. */
const requestParts = () =>
  Object.values(document.paths).flatMap((methods) =>
    Object.values(methods).flatMap((op) => [
      ...(op.parameters ?? []).map((p) => ({
        where: `${op.operationId} ${p.in}.${p.name}`,
        schema: p.schema,
      })),
      ...Object.values(op.requestBody?.content ?? {}).map((c) => ({
        where: `${op.operationId} body`,
        schema: c.schema,
      })),
    ]),
  );

describe("the OpenAPI document's request schemas", () => {
  it("give every string a maxLength and every array a maxItems, so no request can outgrow a DynamoDB item", () => {
    const unbounded = requestParts().flatMap((part) => unboundedIn(part.schema, part.where, resolve));
    expect(unbounded).toEqual([]);
  });

  it("has request parts to check (the walk is not vacuous)", () => {
    expect(requestParts().length).toBeGreaterThan(100);
  });
});

describe("the walk (a control)", () => {
  it("reports an unbounded string and array, and lets enums and dates through", () => {
    const schema: SchemaNode = {
      type: "object",
      properties: {
        note: { type: "string" },
        ids: { type: "array", items: { type: "string", maxLength: 10 } },
        status: { type: "string", enum: ["a", "b"] },
        on: { type: "string", format: "date" },
        tags: { type: "array", maxItems: 3, items: { type: "string" } },
      },
    };
    expect(unboundedIn(schema, "body", () => undefined)).toEqual([
      "body.note (string without maxLength)",
      "body.ids (array without maxItems)",
      "body.tags[] (string without maxLength)",
    ]);
  });
});
