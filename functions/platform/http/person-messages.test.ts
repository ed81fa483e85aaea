import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { personMessage } from "#shared/http/person-messages.ts";
import { opportunityFieldsSchema } from "#shared/opportunities/opportunity.ts";
import { referenceData } from "#shared/reference/index.ts";
import { sectionSchemas } from "#shared/referrals/sections.ts";
import { routeTable } from "../../routes.ts";
import { type Attempt, hostileInputs } from "./hostile-inputs.ts";
import { checkRequestPart, type Where } from "./middleware/validate-input.ts";
import { toFieldErrors } from "./zod-errors.ts";

/** What an issue gets when its schema wrote no message of its own: the global map's answer. */
const sentinel = "NO MESSAGE WRITTEN FOR THIS ISSUE";

let found: ReturnType<typeof findings>;

// After every import has run, so nothing re-installs the production fallback over the sentinel.
beforeAll(() => {
  z.config({ customError: () => sentinel });
  found = findings();
});
afterAll(() => {
  z.config({ customError: personMessage });
});

interface Checked {
  name: string;
  schema: z.ZodType;
  where: Where;
}

const area = referenceData.needAreas[0]!;
const sectionContext = { today: "2026-05-01", needAreaId: area.id, tiersOffered: ["low", "medium"] } as const;

/** Every request schema in the route table, and the schemas forms check that no route carries. */
const checked: Checked[] = [
  ...routeTable.flatMap((route) => [
    ...(route.request?.params
      ? [{ name: `${route.operationId} params`, schema: route.request.params, where: "params" as const }]
      : []),
    ...(route.request?.query
      ? [{ name: `${route.operationId} query`, schema: route.request.query, where: "query" as const }]
      : []),
    ...(route.request?.body
      ? [{ name: `${route.operationId} body`, schema: route.request.body, where: "body" as const }]
      : []),
  ]),
  ...Object.entries(sectionSchemas(sectionContext)).flatMap(([id, schema]) => [
    { name: `referral section ${id}`, schema, where: "body" as const },
    { name: `referral section ${id} (saved for later)`, schema: schema.partial(), where: "body" as const },
  ]),
  { name: "opportunity fields (publish check)", schema: opportunityFieldsSchema, where: "body" },
];

interface Finding {
  schema: string;
  attempt: string;
  path: string;
  message: string;
}

const isObject = (value: unknown) => value !== null && typeof value === "object" && !Array.isArray(value);

/** Runs every hostile input against every checked schema and reports what a person would be shown. */
const findings = () => {
  const defaults: Finding[] = [];
  const clashes: Finding[] = [];
  const unnamedKeys: Finding[] = [];
  let parses = 0;
  for (const { name, schema, where } of checked) {
    for (const attempt of hostileInputs(schema, where !== "body") as Generator<Attempt>) {
      parses += 1;
      // What the API does with it: a request part that is not an object never reaches the schema.
      const answer = checkRequestPart(schema, attempt.input, where);
      if (answer.ok) continue;
      const result = schema.safeParse(attempt.input);
      if (result.success || !isObject(attempt.input)) continue;
      for (const issue of result.error.issues) {
        const path = issue.path.map(String).join(".") || "(whole input)";
        if (issue.message === sentinel)
          defaults.push({ schema: name, attempt: attempt.what, path, message: issue.code });
        if (
          issue.code === "unrecognized_keys" &&
          attempt.extraKey &&
          !issue.message.includes(attempt.extraKey)
        )
          unnamedKeys.push({ schema: name, attempt: attempt.what, path, message: issue.message });
      }
      // What the API answers (and a form's summary lists): one message per field.
      const shown = toFieldErrors(result.error).filter((e) => e.message !== sentinel);
      for (const [i, e] of shown.entries()) {
        const twin = shown.slice(i + 1).find((o) => o.message === e.message);
        if (twin)
          clashes.push({
            schema: name,
            attempt: attempt.what,
            path: `${e.path} and ${twin.path}`,
            message: e.message,
          });
      }
    }
  }
  return { defaults, clashes, unnamedKeys, parses };
};

/** One line per schema and field (the first attempt that showed it), so a failure reads as a to-do list. */
const report = (list: Finding[]) => [
  ...new Set(list.map((f) => `${f.schema} → ${f.path.replace(/\.\d+(?=\.|$| )/g, ".#")}: ${f.message}`)),
];

describe("validation messages people read (issue 14 items 14 and 15)", () => {
  it("walks every request schema with enough hostile inputs to reach every field", () => {
    expect(checked.length).toBeGreaterThan(60);
    expect(found.parses).toBeGreaterThan(5000);
  });

  it("never shows zod's own text: every issue any request or form schema raises has a message written for it", () => {
    expect(report(found.defaults)).toEqual([]);
  });

  it("never gives two fields the same message in one answer: each message names its field", () => {
    expect(report(found.clashes)).toEqual([]);
  });

  it("names an unknown key in the message about it", () => {
    expect(report(found.unnamedKeys)).toEqual([]);
  });
});

describe("the fallback for an issue nobody wrote a message for", () => {
  const schema = z.object({
    contractStart: z.string(),
    items: z.array(z.object({ notes: z.string().max(5) })),
    level: z.enum(["low", "high"]),
    extra: z.strictObject({}),
  });
  const messages = () => {
    z.config({ customError: personMessage });
    try {
      const result = schema.safeParse({
        items: [{ notes: "too long" }],
        level: "medium",
        extra: { surprise: 1 },
      });
      return Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    } finally {
      z.config({ customError: () => sentinel });
    }
  };

  it("reads as plain English naming the field and its position, never zod's text", () => {
    expect(messages()).toEqual({
      contractStart: "Enter the contract start",
      "items.0.notes": "Notes (item 1) must be 5 characters or fewer",
      level: "Select a level from the list",
      extra: "Remove “surprise”: it is not part of this form",
    });
  });
});

describe("a request part that is not a set of named fields", () => {
  it("is refused with one message before any schema describes it in zod's words", () => {
    const schema = z.object({ title: z.string({ message: "Enter a title" }) });
    for (const value of [null, [], "x", 42]) {
      expect(checkRequestPart(schema, value, "body")).toEqual({
        ok: false,
        errors: [{ path: "body", message: "Send the body as a JSON object of named fields" }],
      });
    }
  });
});
