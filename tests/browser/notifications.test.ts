import type { Page } from "playwright-core";
import { ulid } from "ulid";
import { afterAll, describe, expect, it } from "vitest";
import { journeySteps, signInAs, usePortalPages } from "../support/browser.ts";
import { as } from "../support/evaluation.ts";
import { unreadFor } from "../support/notifications.ts";
import { publishedOpportunity } from "../support/opportunities.ts";
import { sentReferral } from "../support/referrals.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});
const { onPage, click } = journeySteps(() => page);

const published: string[] = [];
afterAll(async () => {
  for (const id of published) {
    const current = await as("user-commissioner-london", "GET", `/api/opportunities/${id}`);
    await as("user-commissioner-london", "POST", `/api/opportunities/${id}/cancel`, {
      reason: "Test opportunity finished.",
      version: current.body.version,
    });
  }
});

/** A new opportunity with a question from Bridge Housing (the commissioner is told) and its answer (Bridge is told). */
const answeredQuestion = async () => {
  const title = `Debt advice centre ${ulid()}`;
  const opportunity = await publishedOpportunity({ needAreaId: "finance-benefits-debt", title });
  published.push(opportunity.id);
  const asked = await as("user-provider-bridge", "POST", `/api/opportunities/${opportunity.id}/questions`, {
    question: "Can we work with a credit union?",
  });
  expect(asked.status, JSON.stringify(asked.body)).toBe(201);
  const answered = await as(
    "user-commissioner-london",
    "POST",
    `/api/opportunities/${opportunity.id}/questions/${asked.body.id}/answer`,
    { question: "Can we work with a credit union?", answer: "Yes.", version: asked.body.version },
  );
  expect(answered.status, JSON.stringify(answered.body)).toBe(200);
  return title;
};

const badge = () => page.getByRole("navigation", { name: "Menu" }).getByTestId("unread-count");
/** The header's unread figure ("99+" reads as 99); no badge at all when nothing is unread. */
const badgeCount = async () =>
  (await badge().count()) === 0 ? 0 : Number((await badge().textContent())?.replace(/\+$/, ""));

/**
 * Signs in, checks the header's unread count, opens the centre from the header, marks the newest
 * notification (the one `title` names) read and then unread, and follows its link to `heading`.
 */
const walkThrough = async (name: string, userId: string, title: string, heading: string | RegExp) => {
  await signInAs(page, name);
  const unread = await unreadFor(userId);
  expect(unread).toBeGreaterThan(0);
  await expect.poll(badgeCount, { timeout: 15_000 }).toBe(Math.min(unread, 99));
  await page
    .getByRole("navigation", { name: "Menu" })
    .getByRole("link", { name: /^Notifications/ })
    .click();
  await onPage("Notifications");

  const item = page.locator("li", { has: page.getByRole("link", { name: title, exact: true }) });
  expect(await item.locator(".govuk-tag").textContent()).toBe("Unread");
  expect(await item.getByRole("button").textContent()).toBe(`Mark as read: ${title}`);
  await item.getByRole("button").click();
  await expect.poll(() => item.locator(".govuk-tag").count()).toBe(0);
  await expect.poll(badgeCount).toBe(Math.min(unread - 1, 99));
  await expectStatus(`${title}: marked as read.`);
  await onPage("Notifications");

  expect(await item.getByRole("button").textContent()).toBe(`Mark as unread: ${title}`);
  await item.getByRole("button").click();
  await expect.poll(() => item.locator(".govuk-tag").count()).toBe(1);
  await expect.poll(badgeCount).toBe(Math.min(unread, 99));
  await onPage("Notifications");

  await click(title);
  await onPage(heading);
};

const expectStatus = async (text: string) =>
  expect.poll(() => page.getByRole("status").first().textContent()).toBe(text);

describe("the notification centre", () => {
  it("commissioner: a new question — count, read, unread and the link to the questions", async () => {
    const title = await answeredQuestion();
    await walkThrough(
      "Helen Carter",
      "user-commissioner-london",
      `New question about ${title}`,
      "Questions from providers",
    );
  });

  it("provider: an answered question — count, read, unread and the link to the opportunity", async () => {
    const title = await answeredQuestion();
    await walkThrough(
      "Priya Shah",
      "user-provider-bridge",
      `Your question about ${title} has been answered`,
      title,
    );
  });

  it("responsible officer: a case note from the provider — count, read, unread and the link to the referral", async () => {
    const { referral } = await sentReferral();
    const note = await as("user-provider-bridge", "POST", `/api/referrals/${referral.id}/notes`, {
      text: "Left a voicemail; will try again tomorrow.",
    });
    expect(note.status, JSON.stringify(note.body)).toBe(201);
    // Any page but the list itself: the referral's heading is the person's name.
    await walkThrough(
      "Sam Rowe",
      "user-officer-camden",
      `New case note on ${referral.reference}`,
      /^(?!Notifications$).+/,
    );
    await expect
      .poll(() => page.getByText(`Referral ${referral.reference}`).count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
  });
});
