import type * as z from "zod";

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
};
const def = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema without optional/default/nullable/pipe wrappers: the shape the value must have. */
const unwrap = (schema: z.ZodType): z.ZodType => {
  const d = def(schema);
  if (d.innerType) return unwrap(d.innerType);
  if (d.type === "pipe" && d.in) return unwrap(d.in);
  return schema;
};

/** A union's option the sample is valid for (a discriminated union: the sample's branch), else its first. */
const optionFor = (options: z.ZodType[], sample: unknown) =>
  options.find((o) => o.safeParse(sample).success) ?? options[0]!;

/**
 * Every field path a request schema names, read from the zod schema itself (object keys, array items,
 * record entries present in the sample value), down to `depth` levels: where mutations are aimed.
 */
export const schemaPaths = (
  schema: z.ZodType,
  sample: unknown,
  depth = 4,
  prefix: (string | number)[] = [],
): (string | number)[][] => {
  if (depth === 0) return [];
  const s = unwrap(schema);
  const d = def(s);
  const value = sample as Record<string, unknown> | unknown[] | undefined;
  if (d.type === "union" && d.options?.length) {
    return schemaPaths(optionFor(d.options, sample), sample, depth, prefix);
  }
  if (d.type === "object" && d.shape) {
    return Object.entries(d.shape).flatMap(([key, child]) => [
      [...prefix, key],
      ...schemaPaths(child, (value as Record<string, unknown> | undefined)?.[key], depth - 1, [
        ...prefix,
        key,
      ]),
    ]);
  }
  if (d.type === "array" && d.element) {
    const items = Array.isArray(value) && value.length > 0 ? value : [undefined];
    return [[...prefix, 0], ...schemaPaths(d.element, items[0], depth - 1, [...prefix, 0])];
  }
  if (d.type === "record" && d.valueType && value && typeof value === "object") {
    return Object.keys(value).flatMap((key) => [
      [...prefix, key],
      ...schemaPaths(d.valueType!, (value as Record<string, unknown>)[key], depth - 1, [...prefix, key]),
    ]);
  }
  return [];
};

/** The top-level field names of an object schema (for checking that a 400 names a real field). */
export const topLevelFields = (schema: z.ZodType): string[] => {
  const d = def(unwrap(schema));
  if (d.type === "union" && d.options) return [...new Set(d.options.flatMap(topLevelFields))];
  return Object.keys(d.shape ?? {});
};

/** A deep copy of `value` with the field at `path` replaced (or removed when `replacement` is `remove`). */
export const mutateAt = (
  value: unknown,
  path: (string | number)[],
  replacement: unknown,
  remove = false,
): unknown => {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const base = (
    Array.isArray(value) ? [...value] : value && typeof value === "object" ? { ...(value as object) } : {}
  ) as Record<string | number, unknown>;
  if (rest.length === 0 && remove) delete base[head];
  else base[head] = mutateAt(base[head], rest, replacement, remove);
  return base;
};
