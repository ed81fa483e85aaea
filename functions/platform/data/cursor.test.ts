import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { setClock } from "../clock.ts";
import { HttpProblem } from "../http/problems.ts";
import { type RequestScope, withRequestScope } from "../http/request-scope.ts";
import { type CursorList, decodeCursor, encodeCursor } from "./cursor.ts";

const list: CursorList = { index: "gsi2", partition: "INBOX#org-a#open", newestFirst: true };
const keyNames = ["pk", "sk", "gsi2pk", "gsi2sk"];
const lastKey = { pk: "REF#1", sk: "REF", gsi2pk: "INBOX#org-a#open", gsi2sk: "2026-01-01T00:00:00Z" };
const scope: RequestScope = { operation: "listInbox", caller: "user-1|org-a", filters: '{"tab":"new"}' };

const as = <T>(s: RequestScope, fn: () => Promise<T>) => withRequestScope(s, fn);

const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HttpProblem);
  const problem = error as HttpProblem;
  expect(problem.status).toBe(400);
  expect(problem.errors).toEqual([
    { path: "query.cursor", message: "This page link is no longer valid. Go back to the first page." },
  ]);
};

afterEach(() => setClock({ offsetMs: 0 }));

describe("page cursors", () => {
  it("give back the start key to the caller they were issued to, for the same list and filters", async () => {
    const cursor = await as(scope, () => encodeCursor(list, lastKey));
    await expect(as(scope, () => decodeCursor(list, cursor, keyNames))).resolves.toEqual(lastKey);
  });

  it("do not show the start key in plain text beside a signature", async () => {
    const cursor = await as(scope, () => encodeCursor(list, lastKey));
    expect(cursor.split(".")).toHaveLength(3);
  });

  it("are refused for another caller, another list, other filters or another route", async () => {
    const cursor = await as(scope, () => encodeCursor(list, lastKey));
    await refusal(as({ ...scope, caller: "user-2|org-b" }, () => decodeCursor(list, cursor, keyNames)));
    await refusal(
      as(scope, () => decodeCursor({ ...list, partition: "INBOX#org-b#open" }, cursor, keyNames)),
    );
    await refusal(as({ ...scope, filters: '{"tab":"mine"}' }, () => decodeCursor(list, cursor, keyNames)));
    await refusal(as({ ...scope, operation: "listContracts" }, () => decodeCursor(list, cursor, keyNames)));
  });

  it("are refused once a day old", async () => {
    const cursor = await as(scope, () => encodeCursor(list, lastKey));
    setClock({ offsetMs: 25 * 60 * 60 * 1000 });
    await refusal(as(scope, () => decodeCursor(list, cursor, keyNames)));
  });

  it("are refused when any character is changed, dropped or added", async () => {
    const cursor = await as(scope, () => encodeCursor(list, lastKey));
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: cursor.length - 1 }),
        fc.constantFrom("A", "z", "0", "-", "_", ".", "="),
        fc.constantFrom("replace", "drop", "insert"),
        async (at, char, how) => {
          const altered =
            how === "replace"
              ? cursor.slice(0, at) + char + cursor.slice(at + 1)
              : how === "drop"
                ? cursor.slice(0, at) + cursor.slice(at + 1)
                : cursor.slice(0, at) + char + cursor.slice(at);
          fc.pre(altered !== cursor);
          await refusal(as(scope, () => decodeCursor(list, altered, keyNames)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("are refused when made up from a key, whatever its shape", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.string(), async (key, signature) => {
        const payload = Buffer.from(JSON.stringify({ k: key, t: Date.now() })).toString("base64url");
        await refusal(as(scope, () => decodeCursor(list, `v1.${payload}.${signature}`, keyNames)));
      }),
      { numRuns: 200 },
    );
  });
});
