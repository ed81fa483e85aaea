import { expect } from "vitest";
import { setClock } from "./api.ts";
import { as, lead } from "./evaluation.ts";

/** The dynamic market's notices page, as its administrator reads it. */
export const marketNotices = async () => {
  const res = await as(lead, "GET", "/api/procurements/framework/notices");
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as {
    items: { id: string; kind: string; status: string; corrects?: string }[];
    due: { kind: string; reason: string }[];
  };
};

/** The kinds of notice the dynamic market has due now. */
export const dueKinds = async () => (await marketNotices()).due.map((d) => d.kind);

/**
 * Puts the market back as other files expect it (open), at the real time: the stack is shared, and a
 * market left closing closes for every file that moves the clock past its date.
 */
export const reopenMarket = async () => {
  await setClock({ offsetMs: 0 });
  const withdrawn = await as(lead, "DELETE", "/api/framework/cessation");
  expect([200, 404], JSON.stringify(withdrawn.body)).toContain(withdrawn.status);
};
