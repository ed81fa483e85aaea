import { describe, expect, it } from "vitest";
import {
  draftExpiryKind,
  noticeOf,
  notificationKind,
  notificationMarkerKind,
  outboxEmailKind,
  slaDueKind,
  unreadCounterKind,
} from "./items.ts";

// The key strings of items already stored: a refactor that changes one fails here, not in production.
describe("notification item keys", () => {
  it("notification and unread counter, per user or organisation", () => {
    expect(notificationKind.item({ audience: { userId: "u1" }, id: "N1" })).toEqual({
      pk: "NOTIFY#USER#u1",
      sk: "N#N1",
      type: "notification",
    });
    expect(unreadCounterKind.item({ audience: { organisationId: "org-a" } })).toEqual({
      pk: "NOTIFY#ORG#org-a",
      sk: "UNREAD",
      type: "notification-counter",
    });
  });

  it("outbox e-mail, in the partition of its London day", () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    expect(outboxEmailKind.item({ at: "2026-06-30T23:30:00.000Z", id: "E1" })).toEqual({
      pk: "OUTBOX#2026-07-01",
      sk: "E1",
      type: "outbox-email",
    });
  });

  it("marker, kept for its days", () => {
    expect(notificationMarkerKind.item({ what: "X", at: "2026-01-01T00:00:00.000Z", keepDays: 90 })).toEqual({
      pk: "NOTIFIED#X",
      sk: "NOTIFIED",
      expiresAt: Date.parse("2026-01-01T00:00:00.000Z") / 1000 + 90 * 86_400,
      type: "notification-marker",
    });
  });

  it("SLA due, under its London day, kept 30 days after due", () => {
    const due = { dueAt: "2026-03-04T23:59:59.999Z", referralId: "r1", clockId: "firstContact" };
    expect(slaDueKind.item(due)).toEqual({
      pk: "SLA#DUE#2026-03-04",
      sk: "2026-03-04T23:59:59.999Z#r1#firstContact",
      expiresAt: Math.floor(Date.parse(due.dueAt) / 1000) + 30 * 86_400,
      type: "sla-due",
    });
  });

  it("what each job's markers say it sent", () => {
    expect([
      noticeOf.standstill({ opportunityId: "O1", decidedAt: "d", organisationId: "org-a" }),
      noticeOf.standstill({ opportunityId: "O1", organisationId: "org-a" }),
      noticeOf.slaDueSoon({ referralId: "r1", clockId: "firstContact", dueAt: "d" }),
      noticeOf.applicationDecided({ id: "A1", status: "admitted" }),
      noticeOf.addedToPanel({ opportunityId: "O1", userId: "u1", assignedAt: "t" }),
      noticeOf.answerPublished({ id: "Q1", answeredAt: "t", organisationId: "org-a" }),
      noticeOf.draftExpiring({ referralId: "r1", expiresAt: "e" }),
    ]).toEqual([
      "STANDSTILL#O1#d#org-a",
      "STANDSTILL#O1##org-a",
      "SLA#r1#firstContact#d",
      "APPLICATION#A1#admitted",
      "PANEL#O1#u1#t",
      "ANSWER#Q1#t#org-a",
      "DRAFT#r1#e",
    ]);
  });

  it("a draft's removal warning, under the London day it is due, kept 30 days past removal", () => {
    const draft = {
      referralId: "R1",
      warnAt: "2026-06-30T23:30:00.000Z",
      expiresAt: "2026-07-07T23:30:00.000Z",
    };
    expect(draftExpiryKind.item(draft)).toEqual({
      pk: "DRAFT#EXPIRY#2026-07-01",
      sk: "2026-06-30T23:30:00.000Z#R1",
      expiresAt: Date.parse("2026-07-07T23:30:00.000Z") / 1000 + 30 * 86_400,
      type: "draft-expiry",
    });
  });
});
