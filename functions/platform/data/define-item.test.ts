import { describe, expect, it } from "vitest";
import { tableDesign } from "./table-design.ts";
import { auditEventKind } from "./audit.ts";
import { defineItem } from "./define-item.ts";
import { opportunityPartition, userProfileKind } from "./shared-items.ts";

describe("defineItem", () => {
  const kind = defineItem({
    type: "example",
    pk: (x: { id: string }) => `EX#${x.id}`,
    sk: () => "DETAILS",
    gsi2: { pk: (x: { owner: string }) => `OWNER#${x.owner}`, sk: (x: { id: string }) => x.id },
    gsi3: {
      pk: () => "FLAGGED",
      sk: (x: { id: string }) => x.id,
      when: (x: { flagged: boolean }) => x.flagged,
    },
    ttl: (x: { until: number }) => x.until,
  });

  it("writes key, index entries, time to live and type, then the record's own attributes", () => {
    expect(kind.item({ id: "1", owner: "o", flagged: false, until: 99 }, { name: "n" })).toEqual({
      pk: "EX#1",
      sk: "DETAILS",
      gsi2pk: "OWNER#o",
      gsi2sk: "1",
      [tableDesign.timeToLiveAttribute]: 99,
      type: "example",
      name: "n",
    });
  });

  it("adds a conditional index entry only when its condition holds", () => {
    expect(kind.item({ id: "1", owner: "o", flagged: true, until: 99 })).toMatchObject({
      gsi3pk: "FLAGGED",
      gsi3sk: "1",
    });
  });

  it("writes only the attribute names the table declares", () => {
    const names = Object.keys(kind.item({ id: "1", owner: "o", flagged: true, until: 1 })).filter(
      (n) => n !== "type",
    );
    const declared = [
      tableDesign.partitionKey,
      tableDesign.sortKey,
      tableDesign.timeToLiveAttribute,
      ...tableDesign.globalIndexes.flatMap((i) => [i.partitionKey, i.sortKey]),
    ];
    expect(names.every((n) => declared.includes(n as never))).toBe(true);
  });
});

// The key strings of items already stored: a refactor that changes one fails here, not in production.
describe("platform and shared item keys", () => {
  it("audit event", () => {
    const event = {
      entityType: "bid",
      entityId: "o:org",
      at: "2026-01-02T03:04:05.000Z",
      id: "E1",
      actor: { userId: "u" },
    };
    expect(auditEventKind.item(event)).toEqual({
      pk: "AUDIT#bid#o:org",
      sk: "2026-01-02T03:04:05.000Z#E1",
      gsi1pk: "AUDIT_BY#u",
      gsi1sk: "2026-01-02T03:04:05.000Z#E1",
      type: "audit-event",
    });
  });

  it("user profile (no type) and the opportunity partition", () => {
    expect(userProfileKind.item({ userId: "u1" })).toEqual({ pk: "USER#u1", sk: "PROFILE" });
    expect(opportunityPartition("O1")).toBe("OPP#O1");
  });
});
