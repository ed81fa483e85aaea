/** A JSON Schema node as the generated OpenAPI document spells it (only the keys the walk reads). */
export interface SchemaNode {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  maxLength?: number;
  maxItems?: number;
  items?: SchemaNode;
  prefixItems?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
  $ref?: string;
}

const types = (node: SchemaNode): string[] =>
  node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];

/**
 * Formats that bound a string by themselves: a date, a date-time or a UUID has a fixed longest
 * spelling, so a request cannot make one large. (`email` and `uri` are not here: they are unbounded.)
 */
const boundedFormats = new Set(["date", "date-time", "time", "uuid"]);

/**
 * Every place in a request schema where a string has no maximum length or an array no maximum
 * number of items, as dotted paths. Exempt, because the value cannot be long whatever is sent:
 * enums and constants (one of a fixed list), and the formats above.
 */
export const unboundedIn = (
  node: SchemaNode | undefined,
  path: string,
  resolve: (ref: string) => SchemaNode | undefined,
  seen = new Set<string>(),
): string[] => {
  if (!node) return [];
  if (node.$ref) {
    if (seen.has(node.$ref)) return [];
    return unboundedIn(resolve(node.$ref), path, resolve, new Set([...seen, node.$ref]));
  }
  const found: string[] = [];
  const t = types(node);
  const fixed = node.enum !== undefined || node.const !== undefined;
  const composed = node.anyOf ?? node.oneOf ?? node.allOf;
  // A schema that admits any value (z.unknown, a record of unknown) admits an unbounded one.
  if (t.length === 0 && !fixed && !composed) found.push(`${path} (any value, so no bound)`);
  if (
    t.includes("string") &&
    !fixed &&
    node.maxLength === undefined &&
    !boundedFormats.has(node.format ?? "")
  ) {
    found.push(`${path} (string without maxLength)`);
  }
  if (t.includes("array") && node.maxItems === undefined && !fixed) {
    found.push(`${path} (array without maxItems)`);
  }
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    found.push(...unboundedIn(child, `${path}.${name}`, resolve, seen));
  }
  if (typeof node.additionalProperties === "object") {
    found.push(...unboundedIn(node.additionalProperties, `${path}.*`, resolve, seen));
  }
  // An open record: as many keys as the client likes unless the schema bounds them.
  if (t.includes("object") && node.additionalProperties === undefined && !node.properties) {
    found.push(`${path} (object with any keys)`);
  }
  if (node.items) found.push(...unboundedIn(node.items, `${path}[]`, resolve, seen));
  (node.prefixItems ?? []).forEach((child, i) =>
    found.push(...unboundedIn(child, `${path}[${i}]`, resolve, seen)),
  );
  for (const group of [node.anyOf, node.oneOf, node.allOf]) {
    for (const child of group ?? []) found.push(...unboundedIn(child, path, resolve, seen));
  }
  return found;
};
