import { createHash } from "node:crypto";
import { TZDate } from "@date-fns/tz";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { api, setClock, tokenFor } from "../support/api.ts";
import { expectNoAxeViolations, journeySteps, open, signInAs, usePortalPages } from "../support/browser.ts";
import { portalNow, publishedOpportunity } from "../support/opportunities.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});

const { onPage, seeError, click, fillDate } = journeySteps(() => page);
afterAll(async () => {
  // Give the rest of the browser layer the real time back, whatever happened here.
  await setClock({ offsetMs: 0 });
});

const errorSummary = () => page.locator(".govuk-error-summary");

/** A date and time in UK time as the parts of the date and time inputs. */
const londonParts = (instant: Date) => {
  const local = new TZDate(instant.getTime(), "Europe/London");
  return {
    day: String(local.getDate()),
    month: String(local.getMonth() + 1),
    year: String(local.getFullYear()),
  };
};

/** 5pm UK time, `days` calendar days after the portal's "now". */
const fivePmInDays = (now: Date, days: number) => {
  const { day, month, year } = londonParts(new Date(now.getTime() + days * 86_400_000));
  const instant = new Date(
    new TZDate(Number(year), Number(month) - 1, Number(day), 17, 0, 0, 0, "Europe/London").getTime(),
  );
  return { instant, parts: { day, month, year, hour: "17", minute: "00" } };
};

/**
 * Before the journey, Maya's organisation must be free to apply. The integration layer (when it runs in
 * the same stack first) leaves an application of hers waiting: a framework administrator rejects it, so
 * she re-applies, as the service allows after a rejection.
 */
const makeMayaFreeToApply = async () => {
  const maya = await tokenFor("user-provider-fresh-start");
  const me = await api("GET", "/api/me", { token: maya });
  const status = me.body.organisation?.frameworkStatus;
  if (status === "not-applied" || status === "rejected") return;
  expect(status, "Fresh Start Mentoring must not already be on the framework").toBe("applied");
  const admin = await tokenFor("user-commissioner-london");
  const mine = await api("GET", "/api/framework/applications/mine", { token: maya });
  const pending = mine.body.items.find((a: { status: string }) => a.status === "submitted");
  const rejected = await api("POST", `/api/framework/applications/${pending.id}/decision`, {
    token: admin,
    body: { decision: "reject", reason: "Left over from an earlier test run", version: pending.version },
  });
  expect(rejected.status).toBe(200);
};

/** Fills in and saves one tier's offer through its page, back to the task list. */
const completeOffer = async (tierName: string, offer: { title: string; price: string }) => {
  await click(`${tierName} offer`);
  await onPage(`${tierName} offer`);
  await page.getByLabel("Name of your intervention").fill(offer.title);
  await page
    .getByLabel("What happens in Assess & Plan")
    .fill("A money and debt assessment in the first week.");
  await page
    .getByLabel("What happens in Implement")
    .fill("Budgeting sessions, benefit checks and creditor work.");
  await page.getByLabel("What happens in Review & Evaluate").fill("A review of the action plan every month.");
  await page.getByLabel("Number of sessions").fill("6");
  await page.getByLabel("Length of each session").fill("60");
  await page.getByLabel("One-to-one", { exact: true }).check();
  await page.getByLabel("Community", { exact: true }).check();
  await page.getByLabel("Women", { exact: true }).check();
  await page.getByLabel("Camden and Islington", { exact: true }).check();
  await page.getByLabel("Price per referral").fill(offer.price);
  await page.getByLabel("Capacity a year").fill("120");
  await click("Save and return to your bid", "button");
  await onPage("Your bid");
};

/** Drafts a whole bid through the task list and submits it, checking each page on the way. */
/** Chooses a file in the upload on this page and presses "Upload file". */
const uploadFile = async (name: string, mimeType: string, buffer: Buffer) => {
  await page.getByLabel("Upload a file").setInputFiles({ name, mimeType, buffer });
  await click("Upload file", "button");
};

const pdf = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
const pdfSha256 = createHash("sha256").update(pdf).digest("hex");

const draftAndSubmitBid = async (answers: { offerTitle: string; price: string; document?: string }) => {
  await click(/^(Start|Continue) your bid$/);
  await onPage("Your bid");
  const statusOf = (task: string) =>
    page
      .locator(".govuk-task-list__item", { hasText: task })
      .locator(".govuk-task-list__status")
      .textContent();
  expect(await statusOf("Low complexity offer")).toBe("Not started");

  await completeOffer("Low complexity", { title: answers.offerTitle, price: answers.price });
  expect(await statusOf("Low complexity offer")).toBe("Completed");

  await click("Question 1");
  await onPage("Question 1");
  await page
    .getByLabel("Your answer")
    .fill("We see people within two days and agree a plan with their officer.");
  // The GOV.UK word count, live as they type: 13 words of a 100-word limit.
  await expect
    .poll(() => page.locator(".govuk-character-count__status").textContent())
    .toBe("You have 87 words remaining");
  await click("Save and return to your bid", "button");
  await onPage("Your bid");
  expect(await statusOf("Question 1")).toBe("Completed");

  await click("Question 2");
  await onPage("Question 2");
  await page.getByLabel("Your answer").fill("Monthly reviews with the person and their officer.");
  await click("Save and return to your bid", "button");
  await onPage("Your bid");

  await click("Social value");
  await onPage("Social value");
  await page.getByLabel("Your social value answer").fill("We recruit volunteers with lived experience.");
  await click("Save and return to your bid", "button");
  await onPage("Your bid");
  expect(await page.getByText("You have completed 4 of 4 sections.").count()).toBe(1);

  if (answers.document) {
    await click("Supporting documents");
    await onPage("Supporting documents");
    await uploadFile("setup.exe", "application/octet-stream", Buffer.from("MZ"));
    await expect
      .poll(() => page.locator("#document-error").textContent())
      .toContain("The selected file must be a PDF, DOCX, ODT, XLSX, CSV, PNG or JPEG");
    await expectNoAxeViolations(page);
    await uploadFile(answers.document, "application/pdf", pdf);
    await expect
      .poll(() => page.getByText(`${answers.document} has been uploaded`).count(), { timeout: 10_000 })
      .toBe(1);
    await expectNoAxeViolations(page);
    const attached = page.locator("table", {
      has: page.locator("caption", { hasText: "Attached to your bid" }),
    });
    expect(await attached.locator("tbody tr").count()).toBe(1);
    await click("Return to your bid");
    await onPage("Your bid");
    expect(await statusOf("Supporting documents")).toBe("1 document");
  }

  await click("Check your answers and submit");
  await onPage("Check your bid before submitting it");
  expect(await page.getByText(answers.offerTitle).count()).toBe(1);
  await click("Submit bid", "button");
  await onPage("Bid submitted");
};

describe("the procurement journey through the pages", () => {
  it("a provider applies and is admitted; a commissioner publishes, answers a question and reads the bids after the deadline", async () => {
    await makeMayaFreeToApply();
    const now = await portalNow();
    const clarification = fivePmInDays(now, 2);
    const submission = fivePmInDays(now, 3);
    const title = `Debt and benefits advice in north London ${now.getTime()}`;

    try {
      // 1. Maya applies to join the framework.
      await signInAs(page, "Maya Patel");
      await onPage("Your organisation");
      await click("Apply to join the framework");
      await onPage("Apply to join the framework");
      await click("Continue", "button");
      await seeError("Select the size of your organisation");
      expect(await page.getByRole("link", { name: "Select at least one need area" }).count()).toBe(1);
      await page.getByLabel("Legal form").fill("Charitable incorporated organisation");
      await page.getByLabel("Charity or company number").fill("1199231");
      await page.getByLabel("Micro", { exact: true }).check();
      await page.getByLabel("Yes", { exact: true }).check();
      await page.getByLabel("Lifestyle & Associates", { exact: true }).check();
      await page.getByLabel("Finance, Benefits & Debt", { exact: true }).check();
      await page.getByLabel("London", { exact: true }).check();
      await page.getByLabel(/meets the safeguarding requirements/).check();
      await page.getByLabel(/meets the data protection requirements/).check();
      await uploadFile("Safeguarding policy.pdf", "application/pdf", pdf);
      // The first upload of the run also starts the documents function: allow for a busy machine.
      await expect
        .poll(() => page.locator("caption", { hasText: "Attached to your application" }).count(), {
          timeout: 30_000,
        })
        .toBe(1);
      await click("Continue", "button");
      await onPage("Check your answers before sending your application");
      expect(await page.getByText("Lifestyle & Associates").count()).toBe(1);
      // The answers outlive a reload of the check page, and Back finds the form still filled in.
      await page.reload();
      await onPage("Check your answers before sending your application");
      expect(await page.getByText("Lifestyle & Associates").count()).toBe(1);
      expect(await page.getByText("1199231").count()).toBe(1);
      await click("Back");
      await onPage("Apply to join the framework");
      expect(await page.getByLabel("Charity or company number").inputValue()).toBe("1199231");
      expect(await page.getByLabel("Micro", { exact: true }).isChecked()).toBe(true);
      expect(await page.getByLabel("Lifestyle & Associates", { exact: true }).isChecked()).toBe(true);
      expect(await page.locator("caption", { hasText: "Attached to your application" }).count()).toBe(1);
      await click("Continue", "button");
      await onPage("Check your answers before sending your application");
      await click("Accept and send", "button");
      await onPage("Application submitted");
      await click("Go to your organisation’s home page");
      await onPage("Your organisation");
      const applications = page.locator("table", {
        has: page.locator("caption", { hasText: "Your applications" }),
      });
      await expect
        .poll(() => applications.locator("tbody tr").first().textContent())
        .toContain("Waiting for a decision");

      // 2. Helen, a framework administrator, admits Fresh Start Mentoring.
      await signInAs(page, "Helen Carter");
      await onPage("Welcome, Helen Carter");
      await click("Applications to decide");
      await onPage("Applications to decide");
      await click("Fresh Start Mentoring");
      await onPage("Fresh Start Mentoring");
      // The supporting document Maya uploaded downloads through a short-lived link.
      const applicationDownload = page.waitForEvent("download");
      await page.getByRole("button", { name: "Safeguarding policy.pdf (download)" }).click();
      expect((await applicationDownload).suggestedFilename()).toBe("Safeguarding policy.pdf");
      // Sealed when sent: the page shows the SHA-256 of exactly the bytes Maya uploaded.
      expect(await page.getByText(pdfSha256).count()).toBe(1);
      await click("Decide on this application");
      await onPage("Decide on this application");
      await click("Confirm decision", "button");
      await seeError("Select admit or reject");
      await page.getByLabel("Admit", { exact: true }).check();
      await click("Confirm decision", "button");
      await onPage("Application admitted");

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
  }, 240_000);
});

describe("submitting an incomplete bid", () => {
  it("lists every missing part in the error summary, each linking to its section", async () => {
    const opportunity = await publishedOpportunity({ title: `Incomplete bid test ${Date.now()}` });
    await signInAs(page, "Priya Shah");
    await open(page, `/opportunities/${opportunity.id}/bid`);
    await onPage("Your bid");
    await click("Low complexity offer");
    await onPage("Low complexity offer");
    await page.getByLabel("Name of your intervention").fill("Home Finder");
    await click("Save and return to your bid", "button");
    await onPage("Your bid");
    expect(
      await page
        .locator(".govuk-task-list__item", { hasText: "Low complexity offer" })
        .locator(".govuk-task-list__status")
        .textContent(),
    ).toBe("In progress");
    await click("Check your answers and submit");
    await onPage("Check your bid before submitting it");
    await click("Submit bid", "button");
    await seeError("Answer the social value question");
    const links = errorSummary().getByRole("link");
    const texts = await links.allTextContents();
    expect(texts).toEqual(
      expect.arrayContaining([
        "Enter what happens in Assess & Plan for the low complexity offer",
        "Enter a title for the medium complexity offer",
        "Answer question 1",
        "Answer question 2",
        "Answer the social value question",
      ]),
    );
    expect(texts).not.toContain("Enter a title for the low complexity offer");
    expect(await errorSummary().textContent()).toContain("Your bid is not complete");
    // Each message goes to the section where it is put right.
    await errorSummary().getByRole("link", { name: "Answer question 1" }).click();
    await onPage("Question 1");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("answer");
  });
});
