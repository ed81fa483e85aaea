import type * as z from "zod";

/**
 * Test support (imported by tests only): builds, from a zod schema's own structure, a valid-looking
 * value and a set of hostile variants of it that reach every leaf — so a test can see every message a
 * schema can produce without anyone listing its fields by hand.
 */

type Path = (string | number)[];
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  format?: string;
  getter?: () => z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  catchall?: z.ZodType;
  coerce?: boolean;
}
interface Bag {
  maximum?: number;
  minimum?: number;
  exclusiveMaximum?: number;
  exclusiveMinimum?: number;
  format?: string;
}

const def = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const bag = (schema: z.ZodType) => (schema as unknown as { _zod: { bag?: Bag } })._zod.bag ?? {};

const wrappers = new Set(["optional", "nullable", "default", "prefault", "catch", "readonly", "nonoptional"]);

/** The schema without optional/default/nullable/pipe/lazy wrappers: the shape the value must have. */
export const unwrap = (schema: z.ZodType): z.ZodType => {
  const d = def(schema);
  if (wrappers.has(d.type) && d.innerType) return unwrap(d.innerType);
  if (d.type === "pipe" && d.in) return unwrap(d.in);
  if (d.type === "lazy" && d.getter) return unwrap(d.getter());
  return schema;
};

const ulid = "01JDQ3V6Z8M5S4X2K9T7R1N0PA";
/** Strings that satisfy most formats and patterns the portal's schemas use; the first that fits wins. */
const stringCandidates = [
  "Text long enough to be a sentence of words",
  "q1",
  "q2",
  "2026-05",
  "2026-05-01",
  "2026-05-01T10:00:00.000Z",
  "X123456",
  ulid,
  "a@example.com",
  "https://example.com/",
  "1",
  "10",
  "true",
  "tier-1",
  "standard",
];

const fits = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

/** A value `schema` accepts (best effort), varied by `variant` so list items differ. */
export const validValue = (schema: z.ZodType, variant = 0, branch = 0): unknown => {
  const d = def(schema);
  if (wrappers.has(d.type) && d.innerType) return validValue(d.innerType, variant, branch);
  switch (d.type) {
    case "lazy":
      return validValue(d.getter!(), variant, branch);
    case "pipe": {
      const inner = validValue(d.in!, variant, branch);
      if (fits(schema, inner)) return inner;
      return stringCandidates.find((c) => fits(schema, c)) ?? inner;
    }
    case "string": {
      const found = [...stringCandidates.slice(variant), ...stringCandidates].find((c) => fits(schema, c));
      return found ?? "text";
    }
    case "number":
    case "int": {
      const b = bag(schema);
      const tries = [1 + variant, 1, 0, 2, 3, 4, 50, 100, b.minimum, b.maximum].filter(
        (n): n is number => typeof n === "number" && Number.isFinite(n),
      );
      const n = tries.find((t) => fits(schema, t)) ?? 1;
      return d.coerce ? String(n) : n;
    }
    case "boolean":
      return d.coerce ? "true" : variant % 2 === 0;
    case "enum": {
      const values = Object.values(d.entries!);
      return values[variant % values.length];
    }
    case "literal":
      return d.values![0];
    case "object":
      return Object.fromEntries(
        Object.entries(d.shape!).map(([key, child]) => [key, validValue(child, 0, branch)]),
      );
    case "array": {
      const max = bag(schema).maximum ?? 2;
      const count = Math.max(Math.min(2, max), bag(schema).minimum ?? 0);
      return Array.from({ length: count }, (_, i) => validValue(d.element!, variant + i, branch));
    }
    case "record":
      return Object.fromEntries(
        recordKeys(d.keyType!).map((key, i) => [key, validValue(d.valueType!, variant + i, branch)]),
      );
    case "union": {
      const options = d.options!;
      const chosen = options[branch % options.length]!;
      return validValue(chosen, variant, branch);
    }
    case "intersection":
      return { ...(validValue(d.left!) as object), ...(validValue(d.right!) as object) };
    default:
      return "text";
  }
};

/** Two keys a record accepts (every key, for an enum-keyed record), so per-entry messages can clash. */
const recordKeys = (keyType: z.ZodType): string[] => {
  const k = def(unwrap(keyType));
  if (k.type === "enum") return Object.values(k.entries!).map(String);
  const fitting = ["q1", "q2", "q3", "a", "b"].filter((c) => fits(keyType, c));
  return fitting.slice(0, 2);
};

/** How many valid shapes a schema has at the top (each option of a union). */
const branches = (schema: z.ZodType): number => {
  const d = def(unwrap(schema));
  return d.type === "union" ? d.options!.length : 1;
};

export interface Leaf {
  path: Path;
  schema: z.ZodType;
}

/** Every field under `value` with the schema that checks it (containers included), root excluded. */
export const fieldsOf = (schema: z.ZodType, value: unknown, path: Path = []): Leaf[] => {
  const s = unwrap(schema);
  const d = def(s);
  const here = path.length ? [{ path, schema }] : [];
  if (d.type === "union") {
    const option = d.options!.find((o) => fits(o, value)) ?? d.options![0]!;
    return [...here, ...fieldsOf(option, value, path).filter((l) => l.path.length > path.length)];
  }
  if (d.type === "object" && value && typeof value === "object") {
    return [
      ...here,
      ...Object.entries(d.shape!).flatMap(([key, child]) =>
        fieldsOf(child, (value as Record<string, unknown>)[key], [...path, key]),
      ),
    ];
  }
  if (d.type === "array" && Array.isArray(value)) {
    return [...here, ...value.flatMap((item, i) => fieldsOf(d.element!, item, [...path, i]))];
  }
  if (d.type === "record" && value && typeof value === "object") {
    return [
      ...here,
      ...Object.entries(value).flatMap(([key, item]) => fieldsOf(d.valueType!, item, [...path, key])),
    ];
  }
  return here;
};

/** Values of the wrong kind, empty, outsized or unknown for one field (strings only, for a query string). */
export const hostileValues = (schema: z.ZodType, queryString: boolean): unknown[] => {
  const s = unwrap(schema);
  const d = def(s);
  const b = bag(s);
  const out: unknown[] = ["", "not-a-known-value", "x".repeat(Math.min((b.maximum ?? 300) + 1, 100_001))];
  if (queryString) {
    out.push("abc", "-1", "1.5", "99999999", "9".repeat(400));
    return out;
  }
  out.push(null, 12345, true, { a: 1 }, ["x"], -1, 1.5, 1e9);
  if (typeof b.maximum === "number") out.push(b.maximum + 1);
  if (typeof b.minimum === "number") out.push(b.minimum - 1);
  if (d.type === "array") {
    out.push([]);
    const count = Math.min((b.maximum ?? 10) + 1, 200);
    out.push(Array.from({ length: count }, (_, i) => validValue(d.element!, i)));
  }
  return out;
};

/** A deep copy of `value` with the field at `path` replaced (or removed when `remove`). */
export const setAt = (value: unknown, path: Path, replacement: unknown, remove = false): unknown => {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...Path];
  const base = (
    Array.isArray(value) ? [...value] : value && typeof value === "object" ? { ...(value as object) } : {}
  ) as Record<string | number, unknown>;
  if (rest.length === 0 && remove) delete base[head];
  else base[head] = setAt(base[head], rest, replacement, remove);
  return base;
};

export interface Attempt {
  what: string;
  input: unknown;
  /** A key the attempt added that the schema does not have, when it added one. */
  extraKey?: string;
}

/**
 * Hostile inputs for one request schema: for every valid shape (each union branch), every field
 * missing, of the wrong kind, empty, outsized or unknown; every field broken at once; an unknown key
 * in every object; and the whole input as {}, null, an array and a string.
 */
export function* hostileInputs(schema: z.ZodType, queryString = false): Generator<Attempt> {
  for (const whole of [{}, null, [], "x"])
    yield { what: `whole input ${JSON.stringify(whole)}`, input: whole };
  for (let branch = 0; branch < branches(schema); branch++) {
    const base = validValue(schema, 0, branch);
    const fields = fieldsOf(schema, base);
    for (const field of fields) {
      const at = field.path.join(".");
      yield { what: `${at} missing`, input: setAt(base, field.path, undefined, true) };
      for (const value of hostileValues(field.schema, queryString)) {
        yield {
          what: `${at} = ${JSON.stringify(value)?.slice(0, 40)}`,
          input: setAt(base, field.path, value),
        };
      }
      if (def(unwrap(field.schema)).type === "object") {
        yield {
          what: `${at} with an unknown key`,
          input: setAt(base, [...field.path, "surprise"], "x"),
          extraKey: "surprise",
        };
      }
    }
    yield { what: "an unknown key", input: setAt(base, ["surprise"], "x"), extraKey: "surprise" };
    const leaves = fields.filter(
      (f) => !fields.some((o) => o.path.length > f.path.length && f.path.every((p, i) => o.path[i] === p)),
    );
    for (const kind of queryString
      ? ["", "abc", "9".repeat(400)]
      : ["", null, 12345, "x".repeat(100_001), -1]) {
      const input = leaves.reduce<unknown>((value, leaf) => setAt(value, leaf.path, kind), base);
      yield { what: `every field = ${JSON.stringify(kind).slice(0, 20)}`, input };
    }
  }
}
