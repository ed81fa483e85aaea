import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { OutboxEmail } from "#shared/notifications/notification.ts";
import { addWorkingDays, londonDate } from "#shared/time/index.ts";
import type { ItemChange } from "../platform/jobs/stream-handler.ts";
import { type SlaDue, slaDueChanges } from "./sla-due-repository.ts";
import { sendOutbox, sesMessages } from "./send-outbox.ts";
import { openClocks } from "./sla-due-index.ts";
import { datesBetween, warningWindow } from "./sla-warnings.ts";
import { startsStandstill } from "./standstill-notices.ts";
import { clarificationAnswered, slaDueSoon, standstillStarted } from "./templates.ts";

beforeAll(() => {
  process.env.TABLE_NAME = "portal-test";
});

const email: OutboxEmail = {
  id: "01JOUTBOX0000000000000000A",
  to: ["a@example.org", "b@example.org", "a@example.org"],
  subject: "Outcome ready: Housing support",
  body: "The outcome is ready to view.",
  at: "2026-03-02T10:00:00.000Z",
};

const change = (eventName: ItemChange["eventName"], newImage?: Record<string, unknown>): ItemChange => ({
  eventName,
  keys: { pk: "OUTBOX#2026-03-02", sk: email.id },
  ...(newImage ? { newImage } : {}),
  sequenceNumber: "1",
});

describe("the outbox sender", () => {
  it("makes one plain-text SES message per distinct address, from the configured sender", () => {
    const messages = sesMessages(email, "portal@example.gov.uk");
    expect(messages.map((m) => m.to)).toEqual(["a@example.org", "b@example.org"]);
    expect(messages[0]!.input).toEqual({
      FromEmailAddress: "portal@example.gov.uk",
      Destination: { ToAddresses: ["a@example.org"] },
      Content: {
        Simple: {
          Subject: { Data: email.subject, Charset: "UTF-8" },
          Body: { Text: { Data: email.body, Charset: "UTF-8" } },
        },
      },
    });
  });

  it("sends new e-mails only, skips addresses already sent, and notes each one it sends", async () => {
    const sent: string[] = [];
    const noted: string[] = [];
    const send = sendOutbox({
      send: async (input) => {
        sent.push(input.Destination!.ToAddresses![0]!);
      },
      from: () => "portal@example.gov.uk",
      sentBefore: async () => new Set(["a@example.org"]),
      markSent: async (_e, address) => {
        noted.push(address);
      },
    });
    await send(change("INSERT", { ...email, type: "outbox-email" }));
    expect(sent).toEqual(["b@example.org"]);
    expect(noted).toEqual(["b@example.org"]);
    await send(change("MODIFY", { ...email, sentTo: new Set(["b@example.org"]) }));
    await send(change("REMOVE"));
    expect(sent).toEqual(["b@example.org"]);
  });

  it("does not note an address whose send failed, so a retry sends it", async () => {
    const noted: string[] = [];
    const send = sendOutbox({
      send: async () => {
        throw new Error("throttled");
      },
      from: () => "portal@example.gov.uk",
      sentBefore: async () => new Set(),
      markSent: async (_e, address) => {
        noted.push(address);
      },
    });
    await expect(send(change("INSERT", { ...email }))).rejects.toThrow("throttled");
    expect(noted).toEqual([]);
  });
});

const referral = (over: Record<string, unknown>) => ({
  id: "01JREFERRAL000000000000000",
  status: "sent",
  sentAt: "2026-03-02T10:00:00.000Z",
  actionPlans: [],
  sessions: [],
  ...over,
});

describe("the SLA due index", () => {
  it("files a sent referral's first contact and initial assessment until each is met", () => {
    const sent = openClocks(referral({}));
    expect(sent.map((c) => c.clockId)).toEqual(["firstContact", "initialAssessment"]);
    expect(sent[0]!.dueAt).toBe(addWorkingDays(new Date("2026-03-02T10:00:00.000Z"), 2).toISOString());
    const contacted = openClocks(
      referral({ firstContact: { contactedAt: "2026-03-03T09:00:00.000Z" }, status: "in-progress" }),
    );
    expect(contacted.map((c) => c.clockId)).toEqual(["initialAssessment"]);
  });

  it("files nothing for drafts, closed referrals or a removed item", () => {
    expect(openClocks(referral({ status: "draft", sentAt: undefined }))).toEqual([]);
    expect(openClocks(referral({ status: "withdrawn" }))).toEqual([]);
    expect(openClocks(undefined)).toEqual([]);
  });

  it("changes only what differs, and applying a change twice changes nothing more", () => {
    const clock = (clockId: string, dueAt: string): SlaDue => ({ referralId: "r1", clockId, dueAt });
    const a = clock("firstContact", "2026-03-04T23:59:59.999Z");
    const b = clock("initialAssessment", "2026-03-16T23:59:59.999Z");
    const items = slaDueChanges([a, b], [b]);
    expect(items).toHaveLength(1);
    expect(items[0]!.Delete?.Key).toEqual({
      pk: "SLA#DUE#2026-03-04",
      sk: "2026-03-04T23:59:59.999Z#r1#firstContact",
    });
    expect(slaDueChanges([b], [b])).toEqual([]);
  });
});

describe("the SLA warning window", () => {
  it("covers every London date from now to the end of the next working day", () => {
    // Friday 6 March 2026, 10:00 UK time: the next working day is Monday 9 March.
    const window = warningWindow(new Date("2026-03-06T10:00:00.000Z"));
    expect(londonDate(new Date(window.to))).toBe("2026-03-09");
    expect(datesBetween("2026-03-06", "2026-03-09")).toEqual([
      "2026-03-06",
      "2026-03-07",
      "2026-03-08",
      "2026-03-09",
    ]);
  });

  it("always includes a clock due at the end of the next working day, and never one due later", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 * 24 }), (hours) => {
        const at = new Date(Date.parse("2026-01-01T00:00:00.000Z") + hours * 3_600_000);
        const window = warningWindow(at);
        const dates = datesBetween(londonDate(at), londonDate(new Date(window.to)));
        expect(dates).toContain(londonDate(addWorkingDays(at, 1)));
        expect(window.to < addWorkingDays(at, 2).toISOString()).toBe(true);
      }),
    );
  });
});

describe("standstill notices", () => {
  const images = (before: string | undefined, after: string) =>
    ({
      eventName: "MODIFY",
      keys: { pk: "OPP#o", sk: "EVAL#STATE" },
      ...(before ? { oldImage: { state: before } } : {}),
      newImage: { state: after, standstillEndsAt: "2026-03-12T23:59:59.999Z" },
      sequenceNumber: "1",
    }) satisfies ItemChange;

  it("start when the award notice's publication sets the standstill end, and only then", () => {
    expect(startsStandstill(images("evaluating", "standstill"))).toBe(true);
    expect(startsStandstill(images("standstill", "standstill"))).toBe(true);
    const awardedOnly = { ...images("evaluating", "standstill"), newImage: { state: "standstill" } };
    expect(startsStandstill(awardedOnly)).toBe(false);
    const again = images("standstill", "standstill");
    expect(
      startsStandstill({
        ...again,
        oldImage: { ...again.oldImage, standstillEndsAt: "2026-03-12T23:59:59.999Z" },
      }),
    ).toBe(false);
    expect(startsStandstill(images("standstill", "cancelled"))).toBe(false);
    expect(startsStandstill(images("evaluating", "unsuccessful"))).toBe(false);
  });
});

describe("templates", () => {
  it("name the thing, link to it and carry no person", () => {
    const standstill = standstillStarted({ id: "o1", title: "Housing support" }, "2026-03-12T23:59:59.999Z");
    expect(standstill.notification.href).toBe("/opportunities/o1/bid/result");
    expect(standstill.notification.body).toContain("11:59pm on 12 March 2026");
    expect(clarificationAnswered({ id: "o1", title: "Housing support" }, false).notification.title).toBe(
      "Your question about Housing support has been answered",
    );
    const sla = slaDueSoon(
      { id: "r1", reference: "HN4829AC" },
      { clockId: "firstContact", dueAt: "2026-03-04T23:59:59.999Z" },
    );
    expect(sla.notification).toEqual({
      title: "First contact due soon on referral HN4829AC",
      body: "First contact for referral HN4829AC is due by 11:59pm on 4 March 2026 (UK time). Record it on the referral to meet the service level.",
      href: "/provider/referrals/r1",
    });
    expect(sla.email(["x@example.org"]).to).toEqual(["x@example.org"]);
  });
});
