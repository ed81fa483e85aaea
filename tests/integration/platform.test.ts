import { describe, expect, it } from "vitest";
import { api, tokenFor } from "../support/api.ts";

describe("health and reference", () => {
  it("reports healthy when the table is reachable", async () => {
    const res = await api("GET", "/api/health");
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("ok");
  });

  it("serves reference data to a signed-in user", async () => {
    const token = await tokenFor("user-officer-camden");
    const res = await api("GET", "/api/reference", { token });
    expect(res.status).toBe(200);
    const regions = res.body.regions as { id: string; pdus: unknown[] }[];
    expect(regions).toHaveLength(12);
    expect(regions.find((r) => r.id === "wales")?.pdus).toHaveLength(5);
  });
});
