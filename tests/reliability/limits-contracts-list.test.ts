import { beforeAll, describe, expect, it } from "vitest";
import { londonDate } from "#shared/time/index.ts";
import { api } from "../support/api.ts";
import { plusDays } from "../support/contracts.ts";
import { portalNow } from "../support/opportunities.ts";
import { liveContract } from "../support/referrals.ts";
import { principals, token } from "./support/fixtures.ts";

// Issue 18: the contracts list's query parameters (status, need area, region, ending within 90 days, sort,
// page size and cursor) are bounded, and a bad value is a 400 naming it with a message for a person.

const pageLink = "This page link is no longer valid. Go back to the first page.";
const statusMessage = "Choose live, terminated or expired contracts";

/** Each parameter with values a person (or a tampered link) might send, and what they are told. */
const refused: [parameter: string, value: string, message: string][] = [
  ["status", "paused", statusMessage],
  ["status", "x".repeat(5000), statusMessage],
  ["needArea", "", "Select a need area"],
  ["needArea", "n".repeat(65), "Select a need area"],
  ["region", "", "Select one of your regions"],
  ["region", "r".repeat(5000), "Select one of your regions"],
  ["ending", "within-30-days", "Choose contracts ending within 90 days"],
  ["order", "cheapest", "Sort by the start date or the end date"],
  ["limit", "0", "Page size must be at least 1"],
  ["limit", "101", "Page size must be 100 or fewer"],
  ["limit", "ten", "Page size must be a number"],
  ["limit", "1.5", "Page size must be a whole number"],
  ["cursor", "c".repeat(2049), pageLink],
  ["cursor", "not-a-cursor", pageLink],
];

const list = async (user: string, query: string) =>
  api("GET", `/api/contracts?${query}`, { token: await token(user) });

/** The 400's field errors, as path and message. */
const fieldErrors = (res: Awaited<ReturnType<typeof api>>) => {
  expect(res.status, JSON.stringify(res.body)?.slice(0, 300)).toBe(400);
  expect(res.headers.get("content-type")).toContain("application/problem+json");
  return (res.body.errors as { path: string; message: string }[]).map((e) => ({
    path: e.path.replace(/^query\./, ""),
    message: e.message,
  }));
};

beforeAll(async () => {
  // Two London contracts ending within 90 days, without interventions so the catalogue is untouched:
  // enough for a second page at one a page.
  const today = londonDate(await portalNow());
  for (const days of [30, 40]) await liveContract({ endDate: plusDays(today, days), tiers: [] });
}, 60_000);

describe("the contracts list's query parameters", () => {
  it.each(refused.map(([p, v, m]) => [p, v.length > 40 ? `${v.slice(0, 10)}… (${v.length})` : v, v, m]))(
    "%s=%s is refused with 400 naming it, for a commissioner and a provider",
    async (parameter, _shown, value, message) => {
      for (const user of [principals.commissioner, principals.provider]) {
        const query = new URLSearchParams({ order: "oldest", [parameter]: value });
        expect(fieldErrors(await list(user, query.toString())), user).toContainEqual({
          path: parameter,
          message,
        });
      }
    },
  );

  it("a status given twice is refused, not half-read", async () => {
    const errors = fieldErrors(await list(principals.commissioner, "status=live&status=expired"));
    expect(errors).toContainEqual({ path: "status", message: statusMessage });
  });

  it("a page link of one filtered list does not open another; on its own list it still works", async () => {
    const ending = "region=london&ending=within-90-days&order=ending-soonest&limit=1";
    const first = await list(principals.commissioner, ending);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const cursor = encodeURIComponent(first.body.nextCursor as string);
    for (const other of [
      "region=london&order=ending-soonest&limit=1",
      "region=london&ending=within-90-days&needArea=accommodation&order=ending-soonest&limit=1",
      "region=london&ending=within-90-days&status=live&order=ending-soonest&limit=1",
    ]) {
      expect(
        fieldErrors(await list(principals.commissioner, `${other}&cursor=${cursor}`)),
        other,
      ).toContainEqual({
        path: "cursor",
        message: pageLink,
      });
    }
    const second = await list(principals.commissioner, `${ending}&cursor=${cursor}`);
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  });
});
