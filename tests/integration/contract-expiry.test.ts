import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { londonDate } from "#shared/time/index.ts";
import { api, setClock, tokenFor } from "../support/api.ts";
import { plusDays } from "../support/contracts.ts";
import { runJob } from "../support/jobs.ts";
import { notificationsLinkingTo } from "../support/notifications.ts";
import { portalNow } from "../support/opportunities.ts";
import { liveContract } from "../support/referrals.ts";

// In Wales, ending 100 days from now: seeded contracts end far later, so only this one is due.
const provider = "user-provider-second-chance";
const commissioner = "user-commissioner-wales";
let contract: Awaited<ReturnType<typeof liveContract>>;

beforeAll(async () => {
  const today = londonDate(await portalNow());
  contract = await liveContract({
    regionIds: ["wales"],
    pduIds: ["cardiff-and-vale"],
    organisationId: "org-second-chance",
    organisationName: "Second Chance",
    endDate: plusDays(today, 100),
  });
});

afterAll(async () => {
  await setClock({ offsetMs: 0 });
});

/** Runs the daily job (twice: a second run must send nothing again) on a London day. */
const runOn = async (date: string) => {
  await setClock({ now: `${date}T09:00:00.000Z` });
  await runJob("contractExpiry");
  await runJob("contractExpiry");
};
const noticesTo = async (userId: string, title: string) =>
  (await notificationsLinkingTo(userId, `/contracts/${contract.id}`)).filter((n) => n.title === title);
const inCatalogue = async () => {
  const res = await api("GET", "/api/catalogue?pdu=cardiff-and-vale&needArea=accommodation&limit=100", {
    token: await tokenFor("user-officer-cardiff"),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items.some((i: { id: string }) => i.id === contract.interventions[0]!.id);
};

describe("contract expiry", () => {
  it("tells both parties once 90 days before the end", async () => {
    await runOn(plusDays(contract.endDate, -90));
    const title = `Contract ${contract.reference} ends within 90 days`;
    expect(await noticesTo(provider, title)).toHaveLength(1);
    expect(await noticesTo(commissioner, title)).toHaveLength(1);
    expect(await noticesTo(provider, `Contract ${contract.reference} ends within 30 days`)).toHaveLength(0);
  });

  it("tells both parties once 30 days before the end", async () => {
    await runOn(plusDays(contract.endDate, -30));
    const title = `Contract ${contract.reference} ends within 30 days`;
    expect(await noticesTo(provider, title)).toHaveLength(1);
    expect(await noticesTo(commissioner, title)).toHaveLength(1);
  });

  it("expires it after its end date, and its interventions leave the catalogue", async () => {
    await runOn(contract.endDate);
    expect(await inCatalogue()).toBe(true);
    const live = await api("GET", `/api/contracts/${contract.id}`, { token: await tokenFor(commissioner) });
    expect(live.body.status ?? "live").toBe("live");

    await runOn(plusDays(contract.endDate, 1));
    const ended = await api("GET", `/api/contracts/${contract.id}`, { token: await tokenFor(commissioner) });
    expect(ended.body.status).toBe("expired");
    expect(await noticesTo(provider, `Contract ${contract.reference} has expired`)).toHaveLength(1);
    expect(await inCatalogue()).toBe(false);
  });
});
