import type * as z from "zod";

/**
 * Messages that name the field they are about when one question is asked many times (each quality
 * question, each tier's offer, each item of a list): "Select a score from 0 to 4 for question 2",
 * not the same words three times in one error summary. zod hands an error map the issue's full
 * path, so the place is read from it and the schema stays one declaration; outside such a list (a
 * form holding one item) the plain message is used.
 */

type Issue = z.core.$ZodRawIssue;
type Path = readonly PropertyKey[];

/** Where in a list or keyed set a field sits, in words ("question 2"), or undefined. */
export type Place = (path: Path) => string | undefined;

/** The path segment right after `container`: the list position or record key the field is under. */
export const keyAfter = (path: Path, container: string): PropertyKey | undefined => {
  const at = path.lastIndexOf(container);
  return at >= 0 && at + 1 < path.length ? path[at + 1] : undefined;
};

/** The place of an item of list `container`, as "<noun> <position>", e.g. "question 2". */
export const listItem =
  (container: string, noun: string): Place =>
  (path) => {
    const key = keyAfter(path, container);
    return typeof key === "number" ? `${noun} ${key + 1}` : undefined;
  };

/** The place of an entry of record `container` keyed by a question id: "q2" → "question 2". */
export const questionKey =
  (container: string): Place =>
  (path) => {
    const key = keyAfter(path, container);
    const number = typeof key === "string" ? /^q(\d+)$/.exec(key)?.[1] : undefined;
    return number ? `question ${Number(number)}` : undefined;
  };

/** The first place any of `places` finds. */
export const firstPlace =
  (...places: Place[]): Place =>
  (path) =>
    places.map((place) => place(path)).find((words) => words !== undefined);

/**
 * A schema's `error` param: `text` followed by "for <place>" when the path shows one, or a function
 * of the place (undefined outside a list) for a sentence that puts it elsewhere.
 */
export const placed = (text: string | ((where: string | undefined) => string), place: Place) => ({
  error: (issue: Issue) => {
    const where = place(issue.path ?? []);
    if (typeof text === "function") return text(where);
    return where ? `${text} for ${where}` : text;
  },
});

/**
 * A schema's `error` param for one of a list of choices (checkboxes): `text`, "for <place>" when the
 * path shows one, and which choice is wrong.
 */
export const choiceIn = (text: string, place: Place = () => undefined) => ({
  error: (issue: Issue) => {
    const path = issue.path ?? [];
    const where = place(path);
    const position = [...path].reverse().find((p): p is number => typeof p === "number");
    const named = where ? `${text} for ${where}` : text;
    return position === undefined ? named : `${named} (choice ${position + 1} is not one of them)`;
  },
});

/** A strict object's message for keys it does not have, naming them. */
export const unknownKeys = (issue: Issue) =>
  issue.code === "unrecognized_keys"
    ? `Remove ${issue.keys.map((k) => `“${k}”`).join(", ")}: ${issue.keys.length === 1 ? "it is" : "they are"} not part of this form`
    : undefined;
