import { afterAll, describe, expect, it } from "vitest";
import { cessationSchema } from "#shared/framework/cessation.ts";
import { procurementNoticesSchema } from "#shared/notices/notice.ts";
import { londonDate, startOfLondonDay } from "#shared/time/index.ts";
import { api, setClock } from "../support/api.ts";
import { as, lead } from "../support/evaluation.ts";
import { dueKinds, reopenMarket } from "../support/market.ts";
import { draftNotice, publishNotice } from "../support/notices.ts";
import { ocdsValidators } from "../support/ocds.ts";
import { opportunityFields, portalNow } from "../support/opportunities.ts";
import { applicationInput } from "../reliability/support/fixtures.ts";

const validate = ocdsValidators();
const cessation = "/api/framework/cessation";
const reason = "The service moves to a national dynamic market run by the Ministry of Justice.";
const drafts: { id: string; version: number }[] = [];

afterAll(async () => {
  await reopenMarket();
  for (const draft of drafts) {
    await as(lead, "POST", `/api/opportunities/${draft.id}/cancel`, {
      reason: "Test competition finished.",
      version: draft.version,
    });
  }
});

const inDays = (from: Date, days: number) => londonDate(new Date(from.getTime() + days * 86_400_000));

describe("ending the dynamic market", () => {
  it("is for framework administrators only; others are refused", async () => {
    const body = { closesOn: inDays(await portalNow(), 30), reason };
    expect((await as("user-provider-bridge", "POST", cessation, body)).status).toBe(403);
    const notAdmin = await as("user-commissioner-london-2", "POST", cessation, body);
    expect(notAdmin.status).toBe(403);
    expect(notAdmin.body.detail).toBe("Only framework administrators can end the dynamic market.");
    expect((await as("user-commissioner-wales", "DELETE", cessation)).status).toBe(403);
    expect((await as("user-officer-camden", "GET", cessation)).status).toBe(403);
    expect((await api("POST", cessation, { body })).status).toBe(401);
    // The market's notices are its administrators' alone: to anyone else they do not exist.
    expect(
      (await as("user-commissioner-london-2", "GET", "/api/procurements/framework/notices")).status,
    ).toBe(404);
  });

  it("asks for a real date after today and a reason, in words for a person", async () => {
    const blank = await as(lead, "POST", cessation, { closesOn: "31/02/2027", reason: " " });
    expect(blank.status).toBe(400);
    expect(blank.body.errors).toEqual([
      {
        path: "closesOn",
        message: "Enter the date the dynamic market closes as a real date, for example 2027-04-01",
      },
      { path: "reason", message: "Write why the dynamic market is ending" },
    ]);
    const long = await as(lead, "POST", cessation, {
      closesOn: inDays(await portalNow(), 30),
      reason: "x".repeat(1001),
    });
    expect(long.body.errors).toEqual([
      { path: "reason", message: "The reason must be 1,000 characters or fewer" },
    ]);
    const today = await as(lead, "POST", cessation, { closesOn: londonDate(await portalNow()), reason });
    expect(today.status).toBe(400);
    expect(today.body.errors).toEqual([
      { path: "closesOn", message: "The date the dynamic market closes must be after today" },
    ]);
    expect((await as(lead, "GET", cessation)).body).toEqual({ status: "open" });
  });

  it("is announced once, publishes its notice, and from its date refuses applications and new call-offs", async () => {
    const closesOn = inDays(await portalNow(), 30);
    const [year, month, day] = closesOn.split("-").map(Number);
    const named = `${day} ${new Date(Date.UTC(year!, month! - 1, 1)).toLocaleString("en-GB", { month: "long", timeZone: "UTC" })} ${year}`;
    const announced = await as(lead, "POST", cessation, { closesOn, reason });
    expect(announced.status, JSON.stringify(announced.body)).toBe(201);
    expect(announced.body).toMatchObject({ status: "closing", closesOn, reason });
    const again = await as(lead, "POST", cessation, { closesOn: inDays(await portalNow(), 60), reason });
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/already been announced/);
    // Suppliers see it too (the banner on their framework pages), as the route's contract says.
    const seen = await as("user-provider-bridge", "GET", cessation);
    expect(seen.body).toMatchObject({ status: "closing", closesOn });
    expect(cessationSchema.safeParse(seen.body).error?.issues ?? []).toEqual([]);
    const listed = await as(lead, "GET", "/api/procurements/framework/notices");
    expect(procurementNoticesSchema.safeParse(listed.body).error?.issues ?? []).toEqual([]);

    // The cessation notice is due, drafted from the record, and published.
    expect(await dueKinds()).toContain("dynamicMarketCessation");
    const since = new Date(Date.now() - 1000).toISOString();
    const draft = await draftNotice("framework", "dynamicMarketCessation");
    const read = await as(lead, "GET", `/api/notices/${draft.id}`);
    expect(read.body.description).toBe(reason);
    expect(read.body.facts).toEqual(
      expect.arrayContaining([
        { label: "Ceases to operate on", value: named },
        expect.objectContaining({ label: "Need areas", value: expect.stringContaining("Accommodation") }),
        expect.objectContaining({ label: "Regions", value: expect.stringContaining("Wales") }),
        expect.objectContaining({ label: "Existing contracts", value: expect.stringMatching(/continue/) }),
      ]),
    );
    const published = await publishNotice(draft);
    expect(await dueKinds()).not.toContain("dynamicMarketCessation");

    // Anyone finds it in the register and the feed; its release says the market's tender stage ends then.
    const page = await api("GET", `/api/public/notices/${published.id}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ kindName: "Dynamic market notice: cessation", description: reason });
    const register = await api("GET", "/api/public/notices?kind=dynamicMarketCessation&limit=100");
    expect(register.body.items.map((n: { id: string }) => n.id)).toContain(published.id);
    const feed = await api("GET", `/api/public/releases?since=${encodeURIComponent(since)}&limit=100`);
    expect(validate.releasePackage(feed.body)).toEqual([]);
    const release = feed.body.releases.find((r: { id: string }) => r.id.endsWith(published.id));
    expect(release).toMatchObject({
      ocid: "ocds-dfp000-framework",
      tag: ["tenderUpdate"],
      tender: {
        status: "complete",
        description: reason,
        tenderPeriod: { endDate: startOfLondonDay(closesOn).toISOString() },
      },
    });
    expect(validate.release(release)).toEqual([]);

    // A correction names the original and is re-drafted from the record.
    const correction = await as(lead, "POST", `/api/notices/${published.id}/corrections`);
    expect(correction.status, JSON.stringify(correction.body)).toBe(201);
    expect(correction.body).toMatchObject({ kind: "dynamicMarketCessation", corrects: published.id });
    await publishNotice(correction.body);
    const releases = await api("GET", "/api/public/procurements/framework/releases");
    const record = await api("GET", "/api/public/procurements/framework/record");
    expect(validate.releasePackage(releases.body)).toEqual([]);
    expect(validate.recordPackage(record.body)).toEqual([]);
    for (const r of releases.body.releases) expect(validate.release(r)).toEqual([]);
    expect(releases.body.releases.at(-1).tag).toEqual(["tenderAmendment"]);
    expect(JSON.stringify([releases.body, record.body])).not.toMatch(/user-|@|Helen Carter/);

    // From the date on: no one joins, no new call-off is published.
    await setClock({ now: new Date(startOfLondonDay(closesOn).getTime() + 9 * 3_600_000).toISOString() });
    expect((await as(lead, "GET", cessation)).body).toMatchObject({ status: "closed", closesOn });
    const applied = await as(
      "user-provider-open-door",
      "POST",
      "/api/framework/applications",
      applicationInput("Open Door Advice"),
    );
    expect(applied.status, JSON.stringify(applied.body)).toBe(422);
    expect(applied.body.detail).toBe(
      `The dynamic market closed on ${named}. It no longer accepts applications to join.`,
    );
    const created = await as(lead, "POST", "/api/opportunities", await opportunityFields());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    drafts.push(created.body);
    const publish = await as(lead, "POST", `/api/opportunities/${created.body.id}/publish`, {
      version: created.body.version,
    });
    expect(publish.status, JSON.stringify(publish.body)).toBe(422);
    expect(publish.body.detail).toBe(
      `The dynamic market closed on ${named}. It no longer publishes new call-off competitions.`,
    );
    // Too late to withdraw; before the date it can be.
    expect((await as(lead, "DELETE", cessation)).status).toBe(422);
    await setClock({ offsetMs: 0 });
    const withdrawn = await as(lead, "DELETE", cessation);
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    expect((await as(lead, "GET", cessation)).body).toEqual({ status: "open" });
    expect(await dueKinds()).not.toContain("dynamicMarketCessation");
  }, 120_000);
});
