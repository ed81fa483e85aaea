import type * as z from "zod";
import type { FieldError } from "#shared/http/problem.ts";

/** Turns zod issues into one plain-English message per field, prefixed by where the field lives. */
export const toFieldErrors = (error: z.ZodError, prefix?: string): FieldError[] => {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const parts = [...(prefix ? [prefix] : []), ...issue.path.map(String)];
    const path = parts.join(".") || "body";
    if (seen.has(path)) continue;
    seen.add(path);
    out.push({ path, message: issue.message });
  }
  return out;
};
