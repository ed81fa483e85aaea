import type { FieldErrors } from "react-hook-form";
import type { FieldError } from "#shared/http/problem.ts";
import { type FieldLinks, type FormErrors, mapFieldErrors } from "./form-errors.ts";

/** The form's fields in page order: a list of names (linked to `#name` with dots as dashes), or names with links. */
export type FormFields = readonly string[] | FieldLinks;

/** The id a field's control carries, from its name (`qualityQuestions.0.weight` → `qualityQuestions-0-weight`). */
export const fieldId = (name: string): string => name.replaceAll(".", "-");

/** A form's field links, whichever way the page declared its fields. */
export function linksFor(fields: FormFields): FieldLinks {
  if (!Array.isArray(fields)) return fields as FieldLinks;
  return Object.fromEntries((fields as readonly string[]).map((name) => [name, `#${fieldId(name)}`]));
}

const isLeaf = (value: unknown): value is { message?: unknown; type?: unknown } =>
  typeof value === "object" && value !== null && "type" in value && typeof value.type === "string";

/** react-hook-form's nested errors as the API's flat list: one `{ path, message }` per message. */
export function flattenErrors(errors: FieldErrors, prefix = ""): FieldError[] {
  const out: FieldError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (key === "ref" || value === undefined || value === null) continue;
    // A list's own message (its `root`, such as the weights' total on the questions) is the list's.
    const path = key === "root" ? prefix : prefix ? `${prefix}.${key}` : key;
    if (isLeaf(value) && typeof value.message === "string" && value.message !== "") {
      out.push({ path: path || "body", message: value.message });
    }
    if (typeof value === "object") {
      const { message: _m, type: _t, ref: _r, types: _s, ...children } = value as Record<string, unknown>;
      out.push(...flattenErrors(children as FieldErrors, path));
    }
  }
  return out;
}

/** Rewords a field's message for this page, e.g. to name which of several like fields it is about. */
export type MessageFor = (path: string, message: string) => string;

/**
 * What the page shows after a failed attempt: the error summary (every problem at once, in the order of
 * the fields on the page) and each field's own message; null when there is nothing to show.
 */
export function formErrorsFrom(
  errors: FieldErrors,
  links: FieldLinks,
  problem: string | undefined,
  attempt: number,
  messageFor?: MessageFor,
): FormErrors | null {
  const flat = flattenErrors(errors);
  const list = messageFor
    ? flat.map((e) => ({ path: e.path, message: messageFor(e.path, e.message) }))
    : flat;
  if (list.length === 0 && !problem) return null;
  return { ...mapFieldErrors(list, links), ...(problem ? { description: problem } : {}), attempt };
}
