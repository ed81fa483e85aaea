import { createHash } from "node:crypto";
import { TZDate } from "@date-fns/tz";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { api, tokenFor } from "../../support/api.ts";
import { expectNoAxeViolations, journeySteps, signInAs } from "../../support/browser.ts";

/** A date and time in UK time as the parts of the date and time inputs. */
export const londonParts = (instant: Date) => {
  const local = new TZDate(instant.getTime(), "Europe/London");
  return {
    day: String(local.getDate()),
    month: String(local.getMonth() + 1),
    year: String(local.getFullYear()),
  };
};

/** 5pm UK time, `days` calendar days after the portal's "now". */
export const fivePmInDays = (now: Date, days: number) => {
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
export const makeMayaFreeToApply = async () => {
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

/** The PDF the journey uploads, and the SHA-256 the portal must show for it. */
export const pdf = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
export const pdfSha256 = createHash("sha256").update(pdf).digest("hex");

/** The procurement journey's steps on the page the journey's tests drive. */
export const procurementSteps = (current: () => Page) => {
  const { onPage, seeError, click } = journeySteps(current);

  /** Fills in and saves one tier's offer through its page, back to the task list. */
  const completeOffer = async (tierName: string, offer: { title: string; price: string }) => {
    const page = current();
    await click(`${tierName} offer`);
    await onPage(`${tierName} offer`);
    await page.getByLabel("Name of your intervention").fill(offer.title);
    await page
      .getByLabel("What happens in Assess & Plan")
      .fill("A money and debt assessment in the first week.");
    await page
      .getByLabel("What happens in Implement")
      .fill("Budgeting sessions, benefit checks and creditor work.");
    await page
      .getByLabel("What happens in Review & Evaluate")
      .fill("A review of the action plan every month.");
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

  /** Chooses a file in the upload on this page and presses "Upload file". */
  const uploadFile = async (name: string, mimeType: string, buffer: Buffer) => {
    const page = current();
    await page.getByLabel("Upload a file").setInputFiles({ name, mimeType, buffer });
    await click("Upload file", "button");
  };

  /** Drafts a whole bid through the task list and submits it, checking each page on the way. */
  const draftAndSubmitBid = async (answers: { offerTitle: string; price: string; document?: string }) => {
    const page = current();
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

  /** Step 1 of the journey: Maya applies, with a supporting document, and sees her application waiting. */
  const mayaApplies = async () => {
    const page = current();
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
  };

  /** Step 2 of the journey: Helen reads Maya's document and admits Fresh Start Mentoring. */
  const helenAdmits = async () => {
    const page = current();
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
  };

  return { uploadFile, draftAndSubmitBid, mayaApplies, helenAdmits };
};
