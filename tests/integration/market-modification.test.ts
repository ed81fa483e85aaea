import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, inject, it } from "vitest";
import { newDraft } from "#functions/notices/drafts.ts";
import { noticeKind } from "#functions/notices/items.ts";
import type { StoredNotice } from "#functions/notices/repository.ts";
import { currentScope, draftDynamicMarketModification, scopeBasis } from "#shared/notices/market-drafts.ts";
import { publishedRelease } from "#shared/notices/releases.ts";
import { api } from "../support/api.ts";
import { as, lead } from "../support/evaluation.ts";
import { dueKinds } from "../support/market.ts";
import { draftNotice, publishNotice } from "../support/notices.ts";
import { ocdsValidators } from "../support/ocds.ts";
import { table } from "../support/table.ts";

const validate = ocdsValidators();

/**
 * Need areas and regions are reference data (code), so a test cannot change the scope: it records an
 * older one instead, as a modification notice published before this one, written through its item
 * declaration (without Accommodation or Wales).
 */
const publishOlderScope = async () => {
  const now = currentScope();
  const older = {
    needAreaIds: now.needAreaIds.filter((id) => id !== "accommodation"),
    regionIds: now.regionIds.filter((id) => id !== "wales"),
  };
  const draft = newDraft(draftDynamicMarketModification(now, older), lead, { basis: scopeBasis(older) });
  const publishedAt = new Date().toISOString();
  const notice: StoredNotice = {
    ...draft,
    status: "published",
    publishedAt,
    publishedBy: lead,
    version: 2,
    release: publishedRelease({ ...draft, noticeId: draft.id, publishedAt }),
  };
  await table().send(
    new PutCommand({ TableName: inject("tableName"), Item: noticeKind.item(notice, notice) }),
  );
  return notice;
};

describe("modifying the dynamic market", () => {
  it("is not due on the seeded market, whose establishment notice recorded no scope", async () => {
    expect(await dueKinds()).not.toContain("dynamicMarketModification");
  });

  it("is due once the scope differs from the last notice's, lists what changed, and publishes a valid release", async () => {
    const older = await publishOlderScope();
    const listed = await as(lead, "GET", "/api/procurements/framework/notices");
    expect(listed.body.due).toContainEqual({
      kind: "dynamicMarketModification",
      kindName: "Dynamic market notice: modification",
      reason: "The need areas or regions have changed since the last notice.",
    });
    // Not for anyone else.
    const other = await as("user-commissioner-wales", "POST", "/api/procurements/framework/notices", {
      kind: "dynamicMarketModification",
    });
    expect(other.status).toBe(404);
    expect((await as("user-provider-bridge", "GET", "/api/procurements/framework/notices")).status).toBe(403);

    const draft = await draftNotice("framework", "dynamicMarketModification");
    const twice = await as(lead, "POST", "/api/procurements/framework/notices", {
      kind: "dynamicMarketModification",
    });
    expect(twice.status).toBe(409);
    expect(await dueKinds()).not.toContain("dynamicMarketModification");
    const read = await as(lead, "GET", `/api/notices/${draft.id}`);
    const fact = (label: string) =>
      read.body.facts.find((f: { label: string }) => f.label === label)?.value as string;
    expect(fact("Need areas added")).toBe("Accommodation");
    expect(fact("Need areas removed")).toBe("None");
    expect(fact("Regions added")).toBe("Wales");
    expect(fact("Regions removed")).toBe("None");
    expect(fact("Need areas")).toContain("Accommodation");
    expect(fact("Regions")).toContain("Wales");
    expect(read.body.regionIds).toContain("wales");

    const published = await publishNotice(draft);
    expect(await dueKinds()).not.toContain("dynamicMarketModification");
    const register = await api("GET", "/api/public/notices?kind=dynamicMarketModification&region=wales");
    expect(register.body.items.map((n: { id: string }) => n.id)).toContain(published.id);
    expect((await api("GET", `/api/public/notices/${published.id}`)).body.kindName).toBe(
      "Dynamic market notice: modification",
    );

    // A correction is measured from the scope before the notice it corrects, not from itself.
    const correction = await as(lead, "POST", `/api/notices/${published.id}/corrections`);
    expect(correction.status, JSON.stringify(correction.body)).toBe(201);
    expect(correction.body.corrects).toBe(published.id);
    expect(correction.body.facts).toContainEqual({ label: "Need areas added", value: "Accommodation" });
    await publishNotice(correction.body);
    expect(await dueKinds()).not.toContain("dynamicMarketModification");

    const releases = await api("GET", "/api/public/procurements/framework/releases");
    const record = await api("GET", "/api/public/procurements/framework/record");
    expect(validate.releasePackage(releases.body)).toEqual([]);
    expect(validate.recordPackage(record.body)).toEqual([]);
    for (const r of releases.body.releases) expect(validate.release(r)).toEqual([]);
    const release = releases.body.releases.find((r: { id: string }) => r.id.endsWith(published.id));
    expect(release.tag).toEqual(["tenderAmendment"]);
    expect(release.tender.amendments[0].description).toMatch(/Need areas added: Accommodation/);
    expect(release.tender.items.map((i: { id: string }) => i.id)).toContain("accommodation");
    expect(releases.body.releases.map((r: { id: string }) => r.id)).toContain(`${older.ocid}-${older.id}`);
  }, 60_000);
});
