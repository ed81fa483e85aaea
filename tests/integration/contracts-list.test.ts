import { describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";

const list = async (user: string, query = "") =>
  api("GET", `/api/contracts${query}`, { token: await tokenFor(user) });
const references = (body: { items: { reference: string }[] }) => body.items.map((c) => c.reference);
/** Every page of a person's list: other files create contracts in the same regions before this one runs. */
const allReferences = async (user: string) => {
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await list(user, `?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    expect(page.status).toBe(200);
    seen.push(...references(page.body));
    cursor = page.body.nextCursor;
  } while (cursor);
  return seen;
};

describe("a commissioner's contracts list", () => {
  it("lists the contracts of the commissioner's region without naming an opportunity", async () => {
    const london = await allReferences("user-commissioner-london");
    expect(london).toEqual(expect.arrayContaining(["DFP-LON-ACC-0001", "DFP-LWA-ETE-0002"]));
    const wales = await allReferences("user-commissioner-wales");
    expect(wales).toContain("DFP-LWA-ETE-0002");
    expect(wales).not.toContain("DFP-LON-ACC-0001");
  });

  it("pages and sorts, and refuses a region that is not theirs", async () => {
    const first = await list("user-commissioner-london", "?region=london&limit=1");
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await list(
      "user-commissioner-london",
      `?region=london&limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`,
    );
    expect(second.status).toBe(200);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    const oldest = await list("user-commissioner-london", "?region=london&limit=100&order=oldest");
    const newest = await list("user-commissioner-london", "?region=london&limit=100&order=newest");
    expect(references(newest.body)).toEqual([...references(oldest.body)].reverse());
    const kss = await list("user-commissioner-london", "?region=kent-surrey-sussex");
    expect(kss.status).toBe(200);
    expect(references(kss.body)).not.toContain("DFP-LON-ACC-0001");
    expect((await list("user-commissioner-wales", "?region=london")).status).toBe(403);
  });
});
