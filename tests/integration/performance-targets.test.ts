import { describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";
import { liveContract, partition } from "../support/referrals.ts";
import { auditKeys } from "#functions/platform/data/audit.ts";

const helen = () => tokenFor("user-commissioner-london");
const rhys = () => tokenFor("user-commissioner-wales");
const priya = () => tokenFor("user-provider-bridge");
const tom = () => tokenFor("user-provider-pathways");

const completion = "orders-successfully-completed";
const settled = "settled-accommodation-at-end";

const put = async (token: string, body: object) => api("PUT", "/api/performance/targets", { token, body });
const targetsOf = async (token: string) => (await api("GET", "/api/performance/targets", { token })).body;

describe("performance targets", () => {
  it("lists the seed 003 defaults", async () => {
    const res = await api("GET", "/api/performance/targets", { token: await helen() });
    expect(res.status).toBe(200);
    expect(res.body.defaults).toEqual([
      expect.objectContaining({ measureId: completion, percent: 73 }),
      expect.objectContaining({ measureId: "employment-at-termination", percent: 40 }),
      expect.objectContaining({ measureId: settled, percent: 78, needAreaId: "accommodation" }),
    ]);
  });

  it("sets a contract's target with a version, audits it, refuses a stale version, and shows it to its provider only", async () => {
    const contract = await liveContract();
    const token = await helen();
    const scope = { contractId: contract.id };
    const first = await put(token, { scope, measureId: settled, percent: 82.5, version: 0 });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ scope, measureId: settled, percent: 82.5, version: 1 });

    const stale = await put(token, { scope, measureId: settled, percent: 60, version: 0 });
    expect(stale.status).toBe(409);
    const second = await put(token, { scope, measureId: settled, percent: 85, version: 1 });
    expect(second.status).toBe(200);
    expect(second.body.version).toBe(2);
    const again = await put(token, { scope, measureId: settled, percent: 90, version: 1 });
    expect(again.status).toBe(409);

    const trail = await partition(auditKeys.trail("performance-target", `contract:${contract.id}`));
    expect(trail.map((e) => e.action)).toEqual(["target-set", "target-changed"]);

    const mine = (await targetsOf(token)).targets.filter(
      (t: { scope: { contractId?: string } }) => t.scope.contractId === contract.id,
    );
    expect(mine).toEqual([expect.objectContaining({ percent: 85, version: 2 })]);
    // Its provider reads it; another provider and another region's commissioner do not.
    const bridge = (await targetsOf(await priya())).targets;
    expect(bridge).toContainEqual(expect.objectContaining({ scope, percent: 85 }));
    for (const other of [await tom(), await rhys()]) {
      const seen = (await targetsOf(other)).targets;
      expect(seen.some((t: { scope: { contractId?: string } }) => t.scope.contractId === contract.id)).toBe(
        false,
      );
    }
  });

  it("sets a need area's target in one of the commissioner's regions", async () => {
    const token = await helen();
    const scope = { needAreaId: "finance-benefits-debt", regionId: "kent-surrey-sussex" };
    const current = (await targetsOf(token)).targets.find(
      (t: { scope: { needAreaId?: string; regionId?: string }; measureId: string }) =>
        t.scope.needAreaId === scope.needAreaId &&
        t.scope.regionId === scope.regionId &&
        t.measureId === completion,
    );
    const res = await put(token, {
      scope,
      measureId: completion,
      percent: 70,
      version: current?.version ?? 0,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await targetsOf(token)).targets).toContainEqual(expect.objectContaining({ scope, percent: 70 }));
    // Wales's commissioner does not see Kent, Surrey and Sussex's targets.
    expect((await targetsOf(await rhys())).targets).not.toContainEqual(expect.objectContaining({ scope }));
  });

  it("answers 400 for each bad field", async () => {
    const token = await helen();
    const res = await put(token, { scope: {}, measureId: "made-up", percent: 120, version: -1 });
    expect(res.status).toBe(400);
    const paths = res.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["scope", "measureId", "percent", "version"]));

    const text = await put(token, {
      scope: { contractId: "contract-bridge-accommodation" },
      measureId: completion,
      percent: "seventy",
      version: 0,
    });
    expect(text.status).toBe(400);
    expect(text.body.errors.map((e: { path: string }) => e.path)).toEqual(["percent"]);

    const unknownArea = await put(token, {
      scope: { needAreaId: "made-up", regionId: "london" },
      measureId: completion,
      percent: 50,
      version: 0,
    });
    expect(unknownArea.status).toBe(400);
    expect(unknownArea.body.errors.map((e: { path: string }) => e.path)).toEqual(["scope.needAreaId"]);

    const wrongMeasure = await put(token, {
      scope: { contractId: "contract-bridge-accommodation" },
      measureId: "employment-at-termination",
      percent: 50,
      version: 0,
    });
    expect(wrongMeasure.status).toBe(400);
    expect(wrongMeasure.body.errors[0]).toMatchObject({ path: "measureId" });
  });

  it("answers 404 for a contract or region outside the commissioner's, and 403 to a provider", async () => {
    const wales = await liveContract({ regionIds: ["wales"], pduIds: ["cardiff-and-vale"] });
    const token = await helen();
    const other = await put(token, {
      scope: { contractId: wales.id },
      measureId: completion,
      percent: 50,
      version: 0,
    });
    expect(other.status).toBe(404);
    const missing = await put(token, {
      scope: { contractId: "contract-none" },
      measureId: completion,
      percent: 50,
      version: 0,
    });
    expect(missing.status).toBe(404);
    const region = await put(token, {
      scope: { needAreaId: "accommodation", regionId: "wales" },
      measureId: settled,
      percent: 50,
      version: 0,
    });
    expect(region.status).toBe(404);
    // Wales's commissioner may set it.
    const own = await put(await rhys(), {
      scope: { contractId: wales.id },
      measureId: completion,
      percent: 50,
      version: 0,
    });
    expect(own.status).toBe(200);
    const provider = await put(await priya(), {
      scope: { contractId: "contract-bridge-accommodation" },
      measureId: completion,
      percent: 50,
      version: 0,
    });
    expect(provider.status).toBe(403);
  });
});
