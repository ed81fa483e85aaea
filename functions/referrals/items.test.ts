import { describe, expect, it } from "vitest";
import {
  caseNoteKind,
  caseworkerKind,
  referenceClaimKind,
  referralKind,
  searchTermKind,
  searchTermOf,
} from "./items.ts";

// The key strings of items already stored: a refactor that changes one fails here, not in production.
describe("referral item keys", () => {
  const base = {
    id: "R1",
    officer: { userId: "off" },
    pdu: "camden",
    actionPlans: [],
    organisationId: "org-a",
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-05T00:00:00.000Z",
  };

  it("a draft: the officer's drafts tab only (not the PDU's), and a 90-day time to live", () => {
    expect(referralKind.item({ ...base, status: "draft", phase: undefined })).toEqual({
      pk: "REFERRAL#R1",
      sk: "DETAILS",
      gsi1pk: "OFFICER#off#TAB#drafts",
      gsi1sk: "2026-01-05T00:00:00.000Z#R1",
      expiresAt: Date.parse("2026-01-01T00:00:00.000Z") / 1000 + 90 * 86_400,
      type: "referral",
    });
  });

  it("a sent, assigned referral: the open tabs by change, the inbox and caseworker's cases by date sent", () => {
    const sent = {
      ...base,
      status: "in-progress" as const,
      phase: "open" as const,
      sentAt: "2026-01-02T00:00:00.000Z",
    };
    expect(referralKind.item({ ...sent, caseworker: { userId: "cw" } })).toEqual({
      pk: "REFERRAL#R1",
      sk: "DETAILS",
      gsi1pk: "OFFICER#off#TAB#open",
      gsi1sk: "2026-01-05T00:00:00.000Z#R1",
      gsi4pk: "PDU#camden#TAB#open",
      gsi4sk: "2026-01-05T00:00:00.000Z#R1",
      gsi2pk: "ORG#org-a#REFERRALS#open",
      gsi2sk: "2026-01-02T00:00:00.000Z#R1",
      gsi3pk: "CASEWORKER#cw#REFERRALS#open",
      gsi3sk: "2026-01-02T00:00:00.000Z#R1",
      expiresAt: undefined,
      type: "referral",
    });
    expect(referralKind.item(sent)).not.toHaveProperty("gsi3pk");
  });

  it("each referral is under exactly one dashboard tab, the officer's and the PDU's alike", () => {
    const sent = { ...base, status: "sent" as const, phase: "open" as const };
    const tabOf = (facts: Parameters<typeof referralKind.item>[0]) => {
      const item = referralKind.item(facts);
      expect(String(item.gsi4pk).split("#TAB#")[1]).toBe(String(item.gsi1pk).split("#TAB#")[1]);
      return item.gsi1pk;
    };
    expect(tabOf(sent)).toBe("OFFICER#off#TAB#unassigned");
    const plan = { status: "awaiting-approval" as const };
    expect(tabOf({ ...sent, status: "in-progress", caseworker: { userId: "cw" }, actionPlans: [plan] })).toBe(
      "OFFICER#off#TAB#plans",
    );
    expect(tabOf({ ...sent, status: "completed", phase: "completed" })).toBe("OFFICER#off#TAB#completed");
    expect(tabOf({ ...sent, status: "withdrawn", phase: "withdrawn" })).toBe("OFFICER#off#TAB#cancelled");
  });

  it("case note, reference claim, search term and caseworker", () => {
    expect(caseNoteKind.item({ referralId: "R1", at: "2026-01-03T00:00:00.000Z", id: "N1" })).toEqual({
      pk: "REFERRAL#R1",
      sk: "NOTE#2026-01-03T00:00:00.000Z#N1",
      type: "case-note",
    });
    expect(referenceClaimKind.item({ reference: "AB1234CD" })).toEqual({
      pk: "REFERENCE#AB1234CD",
      sk: "REFERENCE",
      type: "referral-reference",
    });
    expect(
      searchTermKind.item({ organisationId: "org-a", term: searchTermOf.crn("X123456"), referralId: "R1" }),
    ).toEqual({
      pk: "SEARCH#ORG#org-a",
      sk: "CRN#X123456#R1",
      type: "referral-search",
    });
    expect(searchTermKind.pk({ pdu: "camden" })).toBe("SEARCH#PDU#camden");
    expect([searchTermOf.reference("AB1234CD"), searchTermOf.name("murray alex")]).toEqual([
      "REF#AB1234CD",
      "NAME#murray alex",
    ]);
    expect(caseworkerKind.item({ organisationId: "org-a", userId: "cw" })).toEqual({
      pk: "CASEWORKERS#org-a",
      sk: "USER#cw",
      type: "caseworker",
    });
  });
});
