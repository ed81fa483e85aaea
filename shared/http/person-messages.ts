import * as z from "zod";
import { unknownKeys } from "./field-messages.ts";

/**
 * The one fallback for a validation issue that no schema wrote a message for. Every request and form
 * schema writes its own messages (a unit test proves none relies on this), so this is a safety net:
 * whatever slips through still reads as plain English naming the field, never as zod's own text
 * ("Invalid option: expected one of …"), which people should not see. Installed once, on import, by
 * the handler pipeline and by the web app (zod's own locale stays untouched, so no locale is bundled).
 */

type Issue = z.core.$ZodRawIssue;

/** `contractStart` → "contract start"; `pduIds` → "PDU ids"-like words a person can follow. */
const words = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase()
    .trim();

/** The field a path names, in words, with an item's position where the path passes through a list. */
export const fieldLabel = (path: readonly PropertyKey[] | undefined): string => {
  const parts = path ?? [];
  const key = [...parts].reverse().find((p): p is string => typeof p === "string");
  const position = [...parts].reverse().find((p): p is number => typeof p === "number");
  const name = key ? words(key) : "answer";
  return position === undefined ? name : `${name} (item ${position + 1})`;
};

const sentence = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

const limit = (value: unknown) =>
  typeof value === "number" || typeof value === "bigint"
    ? Number(value).toLocaleString("en-GB")
    : String(value);

/** A plain-English message for an issue, from its kind and the field it is about. */
export const personMessage = (issue: Issue): string => {
  const field = fieldLabel(issue.path);
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? `Enter the ${field}`
        : `Check the ${field}: it is not in the right form`;
    case "too_big":
      if (issue.origin === "string")
        return `${sentence(field)} must be ${limit(issue.maximum)} characters or fewer`;
      if (issue.origin === "array" || issue.origin === "set")
        return `${sentence(field)} can have ${limit(issue.maximum)} items or fewer`;
      return `${sentence(field)} must be ${limit(issue.maximum)} or less`;
    case "too_small":
      if (issue.origin === "string") return `Enter the ${field}`;
      if (issue.origin === "array" || issue.origin === "set")
        return `${sentence(field)} needs at least ${limit(issue.minimum)} ${issue.minimum === 1 ? "item" : "items"}`;
      return `${sentence(field)} must be ${limit(issue.minimum)} or more`;
    case "unrecognized_keys":
      return unknownKeys(issue)!;
    case "invalid_value":
    case "invalid_union":
      return `Select a ${field} from the list`;
    default:
      return `Check the answer to ${field}`;
  }
};

z.config({ customError: personMessage });
