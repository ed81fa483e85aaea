import { afterAll, describe, expect, it } from "vitest";
import { setClock, tokenFor } from "../support/api.ts";
import { uploadDocument } from "../support/documents.ts";
import { as, lead } from "../support/evaluation.ts";
import { runJob } from "../support/jobs.ts";
import { notificationsLinkingTo } from "../support/notifications.ts";

const supplier = "user-provider-bridge";
const documents = "/api/framework/suppliers/org-bridge-housing/documents";
const day = 86_400_000;
const dateIn = (from: string, days: number) =>
  new Date(Date.parse(`${from}T00:00:00Z`) + days * day).toISOString().slice(0, 10);

/** Uploads a file and files it as the supplier's insurance certificate expiring on `expiresOn`. */
const upload = async (expiresOn: string) => {
  const attachment = await uploadDocument(
    await tokenFor(supplier),
    { type: "framework-document" },
    "Insurance.pdf",
  );
  return as(supplier, "POST", documents, { kind: "insurance-certificate", expiresOn, attachment });
};
const reminders = async (days: number) =>
  (await notificationsLinkingTo(supplier, "/framework/membership")).filter(
    (n) => n.title === `Insurance certificate expires within ${days} days`,
  );
const lapsed = async () => {
  const res = await as(lead, "GET", "/api/framework/documents/lapsed?limit=100");
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items as { organisationId: string; kind: string; expiresOn: string; lapsed: boolean }[];
};

afterAll(async () => {
  await setClock({ offsetMs: 0 });
});

describe("framework documents that expire", () => {
  it("takes a real expiry date still to come, one message per field", async () => {
    const past = await upload("2020-01-01");
    expect(past.status).toBe(400);
    expect(past.body.errors).toEqual([
      { path: "expiresOn", message: "The expiry date must be in the future" },
    ]);
    const unreal = await as(supplier, "POST", documents, { kind: "policy", expiresOn: "2027-02-30" });
    expect(unreal.status).toBe(400);
    const paths = unreal.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["kind", "expiresOn", "attachment"]));
    // Another supplier's documents are not there for a provider; a commissioner who is not an administrator is refused the lapsed list.
    expect((await as("user-provider-pathways", "GET", documents)).status).toBe(404);
    expect((await as("user-commissioner-wales", "GET", "/api/framework/documents/lapsed")).status).toBe(403);
  });

  it("reminds the supplier 30 and 7 days before (once each), shows administrators what lapsed, and a replacement clears it", async () => {
    const start = "2027-03-01";
    await setClock({ now: `${start}T09:00:00.000Z` });
    const expiresOn = dateIn(start, 40);
    const filed = await upload(expiresOn);
    expect(filed.status, JSON.stringify(filed.body)).toBe(200);
    expect(filed.body).toMatchObject({ kind: "insurance-certificate", expiresOn, lapsed: false });

    await setClock({ now: `${dateIn(expiresOn, -30)}T09:00:00.000Z` });
    await runJob("frameworkDocumentReminders");
    await runJob("frameworkDocumentReminders");
    expect(await reminders(30)).toHaveLength(1);
    expect(await reminders(7)).toHaveLength(0);

    await setClock({ now: `${dateIn(expiresOn, -6)}T09:00:00.000Z` });
    await runJob("frameworkDocumentReminders");
    await runJob("frameworkDocumentReminders");
    expect(await reminders(7)).toHaveLength(1);
    expect(await reminders(30)).toHaveLength(1);

    await setClock({ now: `${dateIn(expiresOn, 1)}T09:00:00.000Z` });
    const mine = (l: Awaited<ReturnType<typeof lapsed>>) =>
      l.filter((d) => d.organisationId === "org-bridge-housing" && d.kind === "insurance-certificate");
    expect(mine(await lapsed())).toEqual([expect.objectContaining({ expiresOn, lapsed: true })]);
    const own = await as(supplier, "GET", documents);
    expect(own.body.items).toEqual([expect.objectContaining({ expiresOn, lapsed: true })]);

    const replaced = await upload(dateIn(expiresOn, 366));
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(200);
    expect(mine(await lapsed())).toEqual([]);
  });
});
