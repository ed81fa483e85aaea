import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { api, setClock, tokenFor } from "../support/api.ts";
import { expectNoAxeViolations, journeySteps, open, signInAs, usePortalPages } from "../support/browser.ts";
import { portalNow } from "../support/opportunities.ts";
import {
  fivePmInDays,
  makeMayaFreeToApply,
  pdf,
  pdfSha256,
  procurementSteps,
} from "./support/procurement-steps.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});

const { onPage, seeError, click, fillDate } = journeySteps(() => page);
const { draftAndSubmitBid, mayaApplies, helenAdmits } = procurementSteps(() => page);
afterAll(async () => {
  // Give the rest of the browser layer the real time back, whatever happened here.
  await setClock({ offsetMs: 0 });
});

const errorSummary = () => page.locator(".govuk-error-summary");

describe("the procurement journey through the pages", () => {
  it("a provider applies and is admitted; a commissioner publishes, answers a question and reads the bids after the deadline", async () => {
    await makeMayaFreeToApply();
    const now = await portalNow();
    const clarification = fivePmInDays(now, 2);
    const submission = fivePmInDays(now, 3);
    const title = `Debt and benefits advice in north London ${now.getTime()}`;

    try {
      // 1. Maya applies to join the framework.
      await mayaApplies();

      // 2. Helen, a framework administrator, admits Fresh Start Mentoring.
      await helenAdmits();

      // 3. Helen creates and publishes a London finance opportunity.
      await page
        .getByRole("navigation", { name: "Menu" })
        .getByRole("link", { name: "Opportunities" })
        .click();
      await onPage("Opportunities");
      await click("Create an opportunity");
      await onPage("Create an opportunity");
      await page.getByLabel("Title").fill(title);
      await page.getByLabel("Finance, Benefits & Debt", { exact: true }).check();
      await page.getByLabel("London", { exact: true }).check();
      await click("Create draft", "button");
      await onPage("Edit the draft opportunity");
      const opportunityId = new URL(page.url()).pathname.split("/")[2]!;
      await page
        .getByLabel("Description")
        .fill("Advice on debt, benefits and budgeting for people on probation.");
      await page.getByLabel("Camden and Islington", { exact: true }).check();
      await page.getByLabel("Hackney and City", { exact: true }).check();
      await page.getByLabel("Low complexity", { exact: true }).check();
      await fillDate("contractStart", { day: "1", month: "4", year: "2027" });
      await fillDate("contractEnd", { day: "31", month: "3", year: "2029" });
      await page.getByLabel("Expected referrals a year").fill("200");
      await page.getByLabel("Budget ceiling").fill("250,000");
      await page.locator("#qualityQuestions-0-text").fill("How will you reach people quickly?");
      await page.locator("#qualityQuestions-0-weight").fill("40");
      await page.locator("#qualityQuestions-0-wordLimit").fill("100");
      await click("Add another question", "button");
      await page.locator("#qualityQuestions-1-text").fill("How will you review progress?");
      await page.locator("#qualityQuestions-1-weight").fill("20");
      await page.locator("#qualityQuestions-1-wordLimit").fill("200");
      await page.getByLabel("Social value weight").fill("10");
      await page.getByLabel("Price weight").fill("25");
      const total = page.locator("#weights-total");
      expect(await total.textContent()).toBe("Weights total: 95 of 100");
      // A draft keeps weights that do not add up to 100 yet: that rule waits for publishing.
      await click("Save as draft", "button");
      await expect.poll(() => page.getByText("Draft saved").count()).toBe(1);
      expect(await errorSummary().count()).toBe(0);
      await page.getByLabel("Price weight").fill("30");
      expect(await total.textContent()).toBe("Weights total: 100 of 100");
      await click("Save as draft", "button");
      await expect.poll(() => page.getByText("Draft saved").count()).toBe(1);
      await expectNoAxeViolations(page);
      // Publishing lists everything still missing: here, both deadlines.
      await click("Save and publish", "button");
      await seeError("Enter the submission deadline as a real date and time");
      expect(await errorSummary().getByRole("link").allTextContents()).toEqual([
        "Enter the clarification deadline as a real date and time",
        "Enter the submission deadline as a real date and time",
      ]);
      // One attempt shows every problem at once: a field's own (31 February, a word limit of 10) and the
      // rules between fields (weights of 85, the clarification deadline after the bid deadline).
      await fillDate("contractStart", { day: "31", month: "2", year: "2027" });
      await page.locator("#qualityQuestions-0-wordLimit").fill("10");
      await page.getByLabel("Price weight").fill("15");
      await fillDate("clarificationDeadline", fivePmInDays(now, 4).parts);
      await fillDate("submissionDeadline", submission.parts);
      await click("Save and publish", "button");
      await seeError("The clarification deadline must be before the submission deadline");
      expect(await errorSummary().getByRole("link").allTextContents()).toEqual([
        "Enter the contract start date as a real date",
        "The weights must add up to 100; they add up to 85",
        "The word limit for question 1 must be at least 50 words",
        "The clarification deadline must be before the submission deadline",
      ]);
      // A draft keeps whatever is valid on its own: the deadlines out of order and the weights are saved.
      await fillDate("contractStart", { day: "1", month: "4", year: "2027" });
      await page.locator("#qualityQuestions-0-wordLimit").fill("100");
      await click("Save as draft", "button");
      await expect.poll(() => page.getByText("Draft saved").count()).toBe(1);
      await page.reload();
      await onPage("Edit the draft opportunity");
      await expect.poll(() => page.getByLabel("Price weight").inputValue()).toBe("15");
      expect(await page.locator("#clarificationDeadline-day").inputValue()).toBe(
        fivePmInDays(now, 4).parts.day,
      );
      await page.getByLabel("Price weight").fill("30");
      await fillDate("clarificationDeadline", clarification.parts);
      await click("Save and publish", "button");
      await onPage(title);
      expect(await page.getByText("Opportunity published").count()).toBe(1);
      await expect
        .poll(() => page.locator("#bid-count").textContent())
        .toBe("Bids: 0 submitted (sealed until the deadline)");
      const opportunity = await api("GET", `/api/opportunities/${opportunityId}`, {
        token: await tokenFor("user-commissioner-london"),
      });
      // Typed as 5pm UK time, stored in UTC.
      expect(opportunity.body.submissionDeadline).toBe(submission.instant.toISOString());
      expect(opportunity.body.budgetCeilingPence).toBe(25_000_000);

      // 4. Maya, now admitted, finds the opportunity and asks a question.
      await signInAs(page, "Maya Patel");
      await onPage("Your organisation");
      await page
        .getByRole("navigation", { name: "Menu" })
        .getByRole("link", { name: "Opportunities" })
        .click();
      await onPage("Opportunities");
      await click(title);
      await onPage(title);
      await click("Ask a question");
      await onPage("Ask a question");
      // She names her organisation in the question: the commissioner must not publish that.
      await page
        .getByLabel("Your question")
        .fill("Fresh Start Mentoring asks: can sessions be delivered by phone?");
      await click("Send question", "button");
      await onPage(title);
      await expect.poll(() => page.getByText("Your question", { exact: true }).count()).toBe(1);

      // 5. Helen answers it; the answer is published without the asker's name.
      await signInAs(page, "Helen Carter");
      await open(page, `/opportunities/${opportunityId}`);
      await onPage(title);
      await click("Questions from providers");
      await onPage("Questions from providers");
      expect(await page.getByText("Question from Fresh Start Mentoring", { exact: true }).count()).toBe(1);
      await click(/^Answer/);
      await onPage("Answer a question");
      // The page warns that the question names an admitted organisation, until Helen edits it out.
      const warning = page.locator(".govuk-warning-text");
      await expect.poll(() => warning.textContent()).toContain("The question names Fresh Start Mentoring");
      await expectNoAxeViolations(page);
      await page
        .getByLabel("The question as it will be published")
        .fill("Can sessions be delivered by phone?");
      await expect.poll(() => warning.count()).toBe(0);
      await page.getByLabel("Your answer").fill("Yes, where the person prefers it.");
      await click("Publish answer", "button");
      await onPage("Questions from providers");
      await expect.poll(() => page.getByText("Yes, where the person prefers it.").count()).toBe(1);

      // 6. Maya drafts her bid through the task list and submits it.
      await signInAs(page, "Maya Patel");
      await open(page, `/opportunities/${opportunityId}`);
      await onPage(title);
      await expect.poll(() => page.getByText("Yes, where the person prefers it.").count()).toBe(1);
      await draftAndSubmitBid({
        offerTitle: "Money Matters",
        price: "350",
        document: "Debt advice policy.pdf",
      });

      // 7. A second provider, Tom Ellis of Northern Pathways, bids too.
      await signInAs(page, "Tom Ellis");
      await onPage("Your organisation");
      await page
        .getByRole("navigation", { name: "Menu" })
        .getByRole("link", { name: "Opportunities" })
        .click();
      await onPage("Opportunities");
      await click(title);
      await onPage(title);
      // The published Q&A is there for every eligible provider, as Helen edited it, without who asked.
      expect(await page.getByText("Can sessions be delivered by phone?").count()).toBe(1);
      expect(await page.locator("main").textContent()).not.toContain("Fresh Start Mentoring");
      expect(await page.getByText("Your question", { exact: true }).count()).toBe(0);
      await draftAndSubmitBid({ offerTitle: "Pathways to Solvency", price: "410.50" });

      // Before the deadline Helen sees only how many bids there are.
      await signInAs(page, "Helen Carter");
      await open(page, `/opportunities/${opportunityId}`);
      await onPage(title);
      await expect
        .poll(() => page.locator("#bid-count").textContent())
        .toBe("Bids: 2 submitted (sealed until the deadline)");

      // 8. After the deadline (tokens expire by the portal's clock: sign in again) the bids are open.
      await setClock({ now: new Date(submission.instant.getTime() + 60_000).toISOString() });
      await signInAs(page, "Helen Carter");
      await open(page, `/opportunities/${opportunityId}`);
      await onPage(title);
      const bids = page.locator("table", { has: page.locator("caption", { hasText: "bids submitted" }) });
      await expect
        .poll(() => bids.locator("tbody th").allTextContents())
        .toEqual(expect.arrayContaining(["Fresh Start Mentoring", "Northern Pathways CIC"]));
      // Who bid and when, but no bid to open until she is on the panel and has declared.
      expect(await bids.getByRole("link").count()).toBe(0);
      await expect
        .poll(() => page.getByText("Only members of the evaluation panel can read bids").count())
        .toBe(1);
      await click("Evaluation: panel, scores, results and award");
      await onPage("Evaluation");
      await click("Name the panel");
      await onPage("Name the evaluation panel");
      await page.getByLabel("Helen Carter").check();
      await click("Save the panel", "button");
      await onPage("Evaluation");
      await click("Declare conflicts of interest");
      await onPage("Declare conflicts of interest");
      for (const org of ["org-fresh-start", "org-northern-pathways"])
        await page.locator(`#conflict-${org}`).check();
      await click("Confirm declaration", "button");
      await onPage("Evaluation");
      await open(page, `/opportunities/${opportunityId}`);
      await onPage(title);
      await click("Northern Pathways CIC");
      await onPage("Bid from Northern Pathways CIC");
      expect(await page.getByText("Pathways to Solvency").count()).toBe(1);
      expect(await page.getByText("£410.50").count()).toBe(1);
      await page.goBack();
      await onPage(title);
      await click("Fresh Start Mentoring");
      await onPage("Bid from Fresh Start Mentoring");
      const bidDownload = page.waitForEvent("download");
      await page.getByRole("button", { name: "Debt advice policy.pdf (download)" }).click();
      const downloaded = await bidDownload;
      expect(downloaded.suggestedFilename()).toBe("Debt advice policy.pdf");
      expect(await readFile((await downloaded.path())!)).toEqual(pdf);
      expect(await page.getByText(pdfSha256).count()).toBe(1);
    } finally {
      await setClock({ offsetMs: 0 });
    }
    // One long journey through every page: allow for a busy 2-core machine.
  }, 480_000);
});
