import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { setClock } from "../support/api.ts";
import { journeySteps, open, signInAs, usePortalPages } from "../support/browser.ts";
import { type ReferralImage, streamRecord } from "../support/referral-histories.ts";
import { liveContract } from "../support/referrals.ts";

let page: Page;
// The stack (and its clock) is shared with the files after this one.
afterAll(() => setClock({ offsetMs: 0 }));
usePortalPages((p) => {
  page = p;
});
const { onPage, seeError, click, fillDate } = journeySteps(() => page);

type Contract = Awaited<ReturnType<typeof liveContract>>;
let contract: Contract;
const person = { userId: "user-x", name: "Someone" };

/**
 * The figures behind the review, arranged as the stream would deliver them (the consumers run in this
 * process against the stack's table): in the last quarter of 2026 three referrals completed and two
 * were withdrawn — 60% against the 73% target, 13 points short — and two started in December.
 */
const arrangeFigures = async () => {
  const { aggregateChange } = await import("#functions/performance/aggregate-changes.ts");
  const { handler: charges } = await import("#functions/contracts/charges-stream.ts");
  const images = Array.from({ length: 5 }, (_, n) => ({
    id: `${contract.id}-r${n}`,
    type: "referral" as const,
    version: 2,
    status: n < 3 ? "completed" : "withdrawn",
    contractId: contract.id,
    organisationId: contract.organisationId,
    interventionId: contract.interventions[0]!.id,
    tierId: "low",
    needAreaId: "accommodation",
    pdu: "croydon",
    sentAt: "2026-10-05T10:00:00.000Z",
    sessions: [],
    assessment: { changes: [], ...(n < 2 ? { completedAt: "2026-12-08T10:00:00.000Z" } : {}) },
    ...(n < 3
      ? { completedAt: "2026-11-20T10:00:00.000Z" }
      : { withdrawal: { reasonId: "not-engaged", at: "2026-12-01T10:00:00.000Z", by: person } }),
  }));
  for (const [n, image] of images.entries()) {
    await aggregateChange({
      eventName: "INSERT",
      keys: { pk: `REFERRAL#${image.id}`, sk: "DETAILS" },
      newImage: image,
      sequenceNumber: String(n),
    });
  }
  const result = await charges({
    Records: images.map((image, i) => streamRecord(image as unknown as ReferralImage, undefined, i)),
  });
  expect(result.batchItemFailures).toEqual([]);
};

beforeAll(async () => {
  Object.assign(process.env, {
    TABLE_NAME: inject("tableName"),
    DYNAMODB_ENDPOINT: inject("dynamoEndpoint"),
    AWS_REGION: "eu-west-2",
  });
  await setClock({ now: "2027-01-15T10:00:00.000Z" });
  contract = await liveContract({ startDate: "2026-01-01", endDate: "2027-12-31" });
  await arrangeFigures();
}, 120_000);

const chargesTable = async () => {
  await open(page, `/contracts/${contract.id}/charges`);
  await onPage("Charges");
  return page.getByRole("table").first().innerText();
};

describe("performance reviews and charges in the browser", () => {
  it("a quarterly review proposes requires improvement, confirmed; the provider's plan agreed, progressed and closed; both see the same charges", async () => {
    await signInAs(page, "Helen Carter");
    await onPage(/^Welcome, Helen Carter$/);
    await open(page, `/contracts/${contract.id}`);
    await onPage(`Contract ${contract.reference}`);
    // The contract's own tab (the service navigation has a "Performance" link of its own: the dashboards).
    await page
      .getByRole("navigation", { name: "Contract" })
      .getByRole("link", { name: "Performance" })
      .click();
    await onPage("Performance");
    await page.getByLabel("Quarter to review").fill("2026-Q9");
    await click("Propose a rating", "button");
    await seeError("Enter the quarter, for example 2026-Q3");
    await page.getByLabel("Quarter to review").fill("2026-Q4");
    await click("Propose a rating", "button");
    const heading = page.getByRole("heading", { name: /^2026-Q4:/ });
    await expect
      .poll(() => heading.textContent())
      .toBe("2026-Q4: Requires improvement (proposed, waiting for the commissioner)");
    await expect.poll(() => page.getByRole("cell", { name: "3 of 5" }).count()).toBe(1);
    await onPage("Performance");
    await page.getByLabel("Reason for the rating").fill("Two withdrawals for disengagement need a plan.");
    await click("Confirm the rating", "button");
    await expect.poll(() => heading.textContent()).toBe("2026-Q4: Requires improvement (confirmed)");
    await onPage("Performance");
    const commissionerCharges = await chargesTable();
    expect(commissionerCharges).toContain("2026-12");
    expect(commissionerCharges).toContain("£1,000.00");

    // The provider sees the rating, responds and submits the plan's actions.
    await signInAs(page, "Priya Shah");
    await onPage("Your organisation");
    await open(page, `/contracts/${contract.id}/performance`);
    await onPage("Performance");
    await page.getByLabel("Your response to the rating").fill("We now text people before each session.");
    await click("Send your response", "button");
    await expect.poll(() => page.getByText(/We now text people before each session/).count()).toBe(1);
    await click("Improvement plan for 2026-Q4");
    await onPage("Improvement plan for 2026-Q4");
    await click("Submit the plan", "button");
    await seeError("Enter what will be done");
    await page.locator("#rows-0-what").fill("Text reminders the day before every session");
    await page.locator("#rows-0-owner").fill("Priya Shah");
    await fillDate("rows-0-dueDate", { day: "31", month: "3", year: "2027" });
    await click("Submit the plan", "button");
    await expect.poll(() => page.getByText("Waiting for the commissioner").count()).toBe(1);
    await onPage("Improvement plan for 2026-Q4");
    expect(await chargesTable()).toBe(commissionerCharges);

    // The commissioner agrees it.
    await signInAs(page, "Helen Carter");
    await onPage(/^Welcome, Helen Carter$/);
    await open(page, `/contracts/${contract.id}/performance/plans/2026-Q4`);
    await onPage("Improvement plan for 2026-Q4");
    await page.getByLabel("Agree the plan").check();
    await click("Record your answer", "button");
    await expect.poll(() => page.getByText("Agreed: in progress").count()).toBe(1);

    // The provider records progress.
    await signInAs(page, "Priya Shah");
    await onPage("Your organisation");
    await open(page, `/contracts/${contract.id}/performance/plans/2026-Q4`);
    await onPage("Improvement plan for 2026-Q4");
    await page.getByLabel("1. Text reminders the day before every session").check();
    await page.getByLabel("Done").check();
    await page.getByLabel("Progress made").fill("Reminders go out every evening.");
    await click("Record progress", "button");
    await expect.poll(() => page.getByText(/Reminders go out every evening/).count()).toBe(1);

    // The commissioner closes it.
    await signInAs(page, "Helen Carter");
    await onPage(/^Welcome, Helen Carter$/);
    await open(page, `/contracts/${contract.id}/performance/plans/2026-Q4`);
    await onPage("Improvement plan for 2026-Q4");
    await page.getByLabel("Improved", { exact: true }).check();
    await page.getByLabel("Summary of the outcome").fill("Completion is back above target.");
    await click("Close the plan", "button");
    await expect.poll(() => page.getByText("Closed", { exact: true }).count()).toBe(1);
    await onPage("Improvement plan for 2026-Q4");
  }, 480_000);
});
