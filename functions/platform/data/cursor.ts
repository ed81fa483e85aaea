import { createHmac, timingSafeEqual } from "node:crypto";
import { now } from "../clock.ts";
import { currentScope } from "../http/request-scope.ts";
import { invalid } from "../http/problems.ts";
import { cursorKey } from "./cursor-key.ts";

type Key = Record<string, unknown>;

/** The list a cursor belongs to: the index, its partition and the query's conditions. */
export interface CursorList {
  index?: string | undefined;
  partition: string;
  sortCondition?: string | undefined;
  filter?: string | undefined;
  newestFirst?: boolean | undefined;
}

const version = "v1";
/** A page link older than this is refused: the list may have changed shape under it. */
const maxAgeMs = 24 * 60 * 60 * 1000;

/** The message a person sees for any cursor the portal did not issue to them for this list. */
export const invalidCursor = () =>
  invalid(
    [{ path: "query.cursor", message: "This page link is no longer valid. Go back to the first page." }],
    "This page link is no longer valid. Go back to the first page of the list.",
  );

// What the MAC covers besides the payload: the list, the caller, the route and the caller's filters.
const binding = (list: CursorList): string => {
  const scope = currentScope();
  return JSON.stringify([
    version,
    scope.operation,
    scope.caller,
    scope.filters,
    list.index ?? "",
    list.partition,
    list.sortCondition ?? "",
    list.filter ?? "",
    Boolean(list.newestFirst),
  ]);
};

const mac = async (list: CursorList, payload: string): Promise<Buffer> =>
  createHmac("sha256", await cursorKey())
    .update(binding(list))
    .update("\n")
    .update(payload)
    .digest();

/** An opaque, signed cursor for DynamoDB's LastEvaluatedKey, bound to the list, caller and filters. */
export const encodeCursor = async (list: CursorList, lastKey: Key): Promise<string> => {
  const payload = Buffer.from(JSON.stringify({ k: lastKey, t: now().getTime() })).toString("base64url");
  return `${version}.${payload}.${(await mac(list, payload)).toString("base64url")}`;
};

const isKeyValue = (value: unknown) => typeof value === "string" || typeof value === "number";

/**
 * The start key inside a cursor this caller was given for this list, or a 400 for anything else:
 * altered, made up, from another list, another caller or other filters, signed with an old key, or stale.
 */
export const decodeCursor = async (
  list: CursorList,
  cursor: string,
  keyNames: readonly string[],
): Promise<Key> => {
  const parts = cursor.split(".");
  if (parts.length !== 3 || parts[0] !== version) throw invalidCursor();
  const [, payload = "", signature = ""] = parts;
  const given = Buffer.from(signature, "base64url");
  const expected = await mac(list, payload);
  // Base64's last character carries spare bits: only the one canonical spelling of the MAC is accepted.
  const canonical = given.toString("base64url") === signature;
  if (!canonical || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw invalidCursor();
  }
  let decoded: { k?: unknown; t?: unknown };
  try {
    decoded = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as typeof decoded;
  } catch {
    throw invalidCursor();
  }
  const { k, t } = decoded;
  if (typeof t !== "number" || now().getTime() - t > maxAgeMs) throw invalidCursor();
  if (!k || typeof k !== "object" || Array.isArray(k)) throw invalidCursor();
  const start = k as Key;
  // Signed by us, so this only guards against a key-shape change between releases.
  const names = Object.keys(start);
  if (names.some((n) => !keyNames.includes(n) || !isKeyValue(start[n]))) throw invalidCursor();
  return start;
};
