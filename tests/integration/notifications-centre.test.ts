import { ulid } from "ulid";
import { afterAll, describe, expect, it } from "vitest";
import { as } from "../support/evaluation.ts";
import { emailsWithSubject, notificationsLinkingTo, unreadFor } from "../support/notifications.ts";
import { publishedOpportunity } from "../support/opportunities.ts";
import { bidRecipients } from "../support/people.ts";

const commissioner = "user-commissioner-london";
const asker = "user-provider-bridge";
const otherProvider = "user-provider-pathways";
const officer = "user-officer-camden";
const published: string[] = [];

/** A London finance opportunity with a title no other test uses, and a question from Bridge Housing. */
const askedQuestion = async () => {
  const title = `Debt advice notices ${ulid()}`;
  const opportunity = await publishedOpportunity({ needAreaId: "finance-benefits-debt", title });
  published.push(opportunity.id);
  const asked = await as(asker, "POST", `/api/opportunities/${opportunity.id}/questions`, {
    question: "Can we work with a credit union?",
  });
  expect(asked.status, JSON.stringify(asked.body)).toBe(201);
  return { opportunity, title, question: asked.body as { id: string; version: number } };
};

afterAll(async () => {
  // Cancelled, they leave London's open opportunities as other files expect to find them.
  for (const id of published) {
    const current = await as(commissioner, "GET", `/api/opportunities/${id}`);
    await as(commissioner, "POST", `/api/opportunities/${id}/cancel`, {
      reason: "Test opportunity finished.",
      version: current.body.version,
    });
  }
});

describe("notifications: clarification questions", () => {
  it("tells the commissioner a question was asked, and the asking organisation alone that it was answered", async () => {
    const { opportunity, title, question } = await askedQuestion();
    const [asked] = await notificationsLinkingTo(commissioner, `/opportunities/${opportunity.id}/questions`);
    expect(asked).toMatchObject({ title: `New question about ${title}`, read: false });
    // The commissioner is not told who asked.
    expect(JSON.stringify(asked)).not.toMatch(/Bridge|Priya/);

    const answered = await as(
      commissioner,
      "POST",
      `/api/opportunities/${opportunity.id}/questions/${question.id}/answer`,
      {
        question: "Can the advice be given by a partner?",
        answer: "Yes, if it is regulated.",
        version: question.version,
      },
    );
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);

    const told = await notificationsLinkingTo(asker, `/opportunities/${opportunity.id}`);
    expect(told).toEqual([
      expect.objectContaining({ title: `Your question about ${title} has been answered`, read: false }),
    ]);
    // Another provider may hear that an answer was published to everyone, never that it was "your question".
    const toOther = await notificationsLinkingTo(otherProvider, `/opportunities/${opportunity.id}`);
    expect(toOther.filter((n) => n.title.startsWith("Your question"))).toEqual([]);
    const emails = await emailsWithSubject(`Your question about ${title} has been answered`);
    expect(emails).toHaveLength(1);
    // The asking organisation's administrators and bid writers (Priya and Ben among them), nobody else.
    const recipients = [...emails[0]!.to].sort();
    expect(recipients).toEqual(await bidRecipients("user-provider-bridge"));
    expect(recipients).toEqual(
      expect.arrayContaining(["ben.hughes@bridgehousing.example", "priya.shah@bridgehousing.example"]),
    );

    const revised = await as(
      commissioner,
      "POST",
      `/api/opportunities/${opportunity.id}/questions/${question.id}/answer`,
      {
        question: "Can the advice be given by a partner?",
        answer: "Yes, if it is regulated by the FCA.",
        version: answered.body.version,
      },
    );
    expect(revised.status, JSON.stringify(revised.body)).toBe(200);
    const after = await notificationsLinkingTo(asker, `/opportunities/${opportunity.id}`);
    expect(after.map((n) => n.title)).toEqual([
      `An answer to your question about ${title} has changed`,
      `Your question about ${title} has been answered`,
    ]);
  });
});

describe("notifications: read, unread and the unread count", () => {
  it("counts unread notifications up and down, once per change, and never below what is unread", async () => {
    const before = await unreadFor(commissioner);
    const { opportunity } = await askedQuestion();
    expect(await unreadFor(commissioner)).toBe(before + 1);
    const [notice] = await notificationsLinkingTo(commissioner, `/opportunities/${opportunity.id}/questions`);
    const path = `/api/notifications/${notice!.id}`;

    const read = await as(commissioner, "POST", `${path}/read`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: notice!.id, read: true });
    expect(await unreadFor(commissioner)).toBe(before);
    // Marking it read again changes nothing.
    expect((await as(commissioner, "POST", `${path}/read`)).body.read).toBe(true);
    expect(await unreadFor(commissioner)).toBe(before);

    const unread = await as(commissioner, "POST", `${path}/unread`);
    expect(unread.status).toBe(200);
    expect(unread.body.read).toBe(false);
    expect(await unreadFor(commissioner)).toBe(before + 1);
    expect((await as(commissioner, "POST", `${path}/unread`)).body.read).toBe(false);
    expect(await unreadFor(commissioner)).toBe(before + 1);

    await as(commissioner, "POST", `${path}/read`);
    expect(await unreadFor(commissioner)).toBe(before);
  });

  it("answers 404 to anyone else marking someone's notification, 400 to a malformed id", async () => {
    const { opportunity } = await askedQuestion();
    const [notice] = await notificationsLinkingTo(commissioner, `/opportunities/${opportunity.id}/questions`);
    for (const other of ["user-commissioner-london-2", "user-commissioner-wales", otherProvider, officer]) {
      const unreadBefore = await unreadFor(other);
      for (const action of ["read", "unread"]) {
        const res = await as(other, "POST", `/api/notifications/${notice!.id}/${action}`);
        expect(res.status, `${other} ${action}`).toBe(404);
      }
      expect(await unreadFor(other)).toBe(unreadBefore);
      expect(await notificationsLinkingTo(other, notice!.href!)).toEqual([]);
    }
    expect((await notificationsLinkingTo(commissioner, notice!.href!))[0]!.read).toBe(false);
    expect((await as(commissioner, "POST", `/api/notifications/${ulid()}/read`)).status).toBe(404);
    expect((await as(commissioner, "POST", "/api/notifications/not-a-notification/read")).status).toBe(400);
  });
});
