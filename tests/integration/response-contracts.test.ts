import { describe, expect, it } from "vitest";
import { routeTable } from "#functions/routes.ts";
import { api, tokenFor } from "../support/api.ts";

/**
 * The browser types the API's answers with the shared contracts but no longer parses them (ADR 0021),
 * so a handler that drifted from its contract would only show as a page failing later. These reads are
 * the ones the web app makes, each parsed with the response schema its row of the route table
 * declares (the same schema the OpenAPI document publishes).
 */
const routeFor = (method: string, path: string) => {
  const bare = path.split("?")[0]!;
  const route = routeTable.find(
    (row) => row.method === method && new RegExp(`^${row.path.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(bare),
  );
  if (!route) throw new Error(`No route for ${method} ${bare}`);
  return route;
};

/** GETs `path` as `userId` and holds the answer to its route's response contract; returns the body. */
const read = async (userId: string, path: string) => {
  const route = routeFor("GET", path);
  const res = await api("GET", path, { token: await tokenFor(userId) });
  expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(route.response.status);
  const parsed = route.response.schema!.safeParse(res.body);
  expect(parsed.error?.issues ?? [], `${route.operationId} broke its contract`).toEqual([]);
  return res.body;
};

const provider = "user-provider-bridge";
const commissioner = "user-commissioner-london";
const officer = "user-officer-camden";

describe("answers match the contracts the web app is typed with", () => {
  it("every role's shell and first page: profile, reference data, notifications", async () => {
    for (const user of [provider, commissioner, officer]) {
      await read(user, "/api/me");
      await read(user, "/api/reference");
      await read(user, "/api/notifications/unread-count");
      await read(user, "/api/notifications?limit=20");
    }
    await read(provider, "/api/framework/applications/mine?limit=50");
  });

  it("opportunities, questions and contracts", async () => {
    const page = await read(commissioner, "/api/opportunities?region=london&status=open&limit=20");
    expect(page.items.length).toBeGreaterThan(0);
    const id = page.items[0].id as string;
    await read(commissioner, `/api/opportunities/${id}`);
    await read(provider, `/api/opportunities/${id}`);
    await read(commissioner, `/api/opportunities/${id}/questions?limit=50`);
    await read(commissioner, "/api/framework/applications?status=submitted&limit=20");
    await read(commissioner, "/api/evaluations/mine?limit=50");
    await read(provider, "/api/contracts?limit=25");
    await read(commissioner, "/api/performance/targets");
  });

  it("the catalogue and referrals", async () => {
    const catalogue = await read(
      officer,
      "/api/catalogue?needArea=accommodation&pdu=camden-and-islington&limit=20",
    );
    expect(catalogue.items.length).toBeGreaterThan(0);
    await read(officer, `/api/catalogue/${catalogue.items[0].id as string}`);
    await read(officer, "/api/referrals?tab=unassigned&limit=20");
    await read(provider, "/api/referrals/inbox?tab=open&limit=20");
    await read(provider, "/api/referrals/caseworkers");
  });
});
