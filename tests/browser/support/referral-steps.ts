import { TZDate } from "@date-fns/tz";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { setClock } from "../../support/api.ts";
import { expectNoAxeViolations, journeySteps, open, signInAs } from "../../support/browser.ts";
import { portalNow } from "../../support/opportunities.ts";

/** A UK date and time some hours after the portal's now, as date input parts. */
export const ukParts = (now: Date, hoursLater: number) => {
  const local = new TZDate(now.getTime() + hoursLater * 3_600_000, "Europe/London");
  return {
    day: String(local.getDate()),
    month: String(local.getMonth() + 1),
    year: String(local.getFullYear()),
    hour: String(local.getHours()),
    minute: String(local.getMinutes()),
  };
};

/** The referral journey's steps on the page the journey's tests drive. */
export const referralSteps = (current: () => Page) => {
  const { onPage, seeError, click, fillDate } = journeySteps(current);

  const check = (label: string) => current().getByLabel(label, { exact: true }).check();
  const fill = (label: string, value: string) => current().getByLabel(label, { exact: true }).fill(value);

  const saveAndContinue = async () => {
    await click("Save and continue", "button");
    await onPage("Make a referral");
  };

  /** Sam finds Bridge Housing's low-complexity service and fills in and sends a referral. */
  const officerRefers = async (lastName: string) => {
    const page = current();
    await signInAs(page, "Sam Rowe");
    await onPage("Welcome, Sam Rowe");
    await click("Find an intervention and make a referral");
    await onPage("Find an intervention");
    await page.locator("#needArea").selectOption("accommodation");
    await page.locator("#pdu").selectOption("camden-and-islington");
    await page.locator("#tier").selectOption("low");
    await click("Search", "button");
    await expect
      .poll(() => page.getByRole("link", { name: "Keep your home" }).count(), { timeout: 15_000 })
      .toBe(1);
    await expectNoAxeViolations(page);
    await click("Keep your home");
    await onPage("Keep your home");
    await click("Refer someone to this intervention", "button");
    await onPage("Make a referral");

    // Person's details, with one mistake to put right.
    await click("Person’s details");
    await onPage("Person’s details");
    await fill("Case reference number (CRN)", "12345");
    await fill("First name", "Alex");
    await fill("Last name", lastName);
    await fillDate("dateOfBirth", { day: "27", month: "3", year: "1990" });
    await check("Male");
    await check("White");
    await fill("First language", "English");
    await check("No");
    await fill("Disabilities and accessibility needs", "None");
    await fill("Religion or belief", "None");
    await click("Save and continue", "button");
    await seeError("Enter a CRN of one letter and six digits, like X123456");
    await fill("Case reference number (CRN)", "X482913");
    await saveAndContinue();

    await click("Sentence");
    await onPage("Sentence");
    await check("Community order");
    await saveAndContinue();

    await click("Risk");
    await onPage("Risk");
    await check("Medium");
    await fill("OGRS score (%)", "18");
    await expect.poll(() => page.getByText(/OGRS score is below 25%/).count()).toBe(1);
    await fill("Risk summary for the provider", "Medium risk to staff when intoxicated.");
    await saveAndContinue();

    await click("Needs and requirements");
    await onPage("Needs and requirements");
    await fill("What are their needs?", "Facing eviction after rent arrears built up.");
    await fill("When can they attend?", "Weekday mornings");
    await fill("Caring or work responsibilities", "None");
    await saveAndContinue();

    await click("Need, complexity and desired outcomes");
    await onPage("Need, complexity and desired outcomes");
    await check("Low complexity");
    await check("Eviction or loss of accommodation prevented");
    await check("Rent arrears reduced with a repayment plan agreed with the landlord");
    await saveAndContinue();

    await click("Enforceable days and completion deadline");
    await onPage("Enforceable days and completion deadline");
    await fill("Maximum enforceable days", "12");
    const deadline = ukParts(await portalNow(), 24 * 120);
    await fillDate("completionDeadline", { day: deadline.day, month: deadline.month, year: deadline.year });
    await saveAndContinue();

    await click("Reason for referral");
    await onPage("Reason for referral");
    await fill("Why are you referring them?", "Needs help to keep their tenancy.");
    await saveAndContinue();
    expect(await page.getByText("You have completed 7 of 7 sections.").count()).toBe(1);

    await click("Check your answers and send");
    await onPage("Check your answers before sending the referral");
    expect(await page.getByText(/OGRS score is below 25%/).count()).toBe(1);
    await click("Send referral", "button");
    await onPage("Referral sent");
    const reference = (await page.locator(".govuk-panel__body strong").textContent()) ?? "";
    expect(reference).toMatch(/^[A-HJ-NP-Z]{2}[2-9]{4}[A-HJ-NP-Z]{2}$/);
    return reference;
  };

  /** Sam approves the action plan waiting on the referral, from the link on the referral's page. */
  const officerApprovesPlan = async (referralId: string, name: string) => {
    const page = current();
    await signInAs(page, "Sam Rowe");
    await open(page, `/referrals/${referralId}`);
    await onPage(name);
    await page.getByRole("link", { name: /^Review version \d+ of the action plan$/ }).click();
    await onPage("Review the action plan");
    await check("Yes, approve it");
    await click("Send decision", "button");
    await onPage(name);
  };

  /** Priya takes the referral from her inbox to the end-of-service report. */
  const providerDelivers = async (reference: string, name: string) => {
    const page = current();
    await signInAs(page, "Priya Shah");
    await onPage("Your organisation");
    await click("Referrals to your contracts");
    await onPage("Referrals");
    await fill("Search by name, CRN or reference", reference);
    await click("Search", "button");
    await expect.poll(() => page.getByRole("link", { name }).count(), { timeout: 15_000 }).toBe(1);
    await expectNoAxeViolations(page);
    await click(name);
    await onPage(name);
    const referralPath = new URL(page.url()).pathname;

    await click("Assign a caseworker");
    await onPage("Assign a caseworker");
    await check("Priya Shah");
    await click("Assign", "button");
    await onPage(name);

    const now = await portalNow();
    await click("Record first contact");
    await onPage("Record first contact");
    await fillDate("contactedAt", ukParts(now, 0));
    await check("Phone call");
    await click("Save", "button");
    await onPage(name);

    await click("Book the initial assessment");
    await onPage("Initial assessment appointment");
    await fillDate("at", { ...ukParts(now, 48), minute: "30" });
    await check("One-to-one");
    await check("In person at another address");
    await fill("Address line 1", "Bridge Housing Trust, 12 Caledonian Road");
    await fill("Town or city", "London");
    await fill("Postcode", "N1 9DU");
    await click("Save appointment", "button");
    await onPage(name);

    await click("Record the initial assessment");
    await onPage("Record the initial assessment");
    await check("Attended");
    await click("Save", "button");
    await onPage(name);

    await click("Submit the action plan");
    await onPage("Action plan");
    await expect
      .poll(() => page.getByText(/up to 5 sessions \(the intervention states 4/).count(), { timeout: 15_000 })
      .toBe(1);
    await fill("Activities", "Call the landlord together\nAgree a repayment plan");
    await fill("Number of sessions", "99");
    await click("Submit for approval", "button");
    await seeError("Enter 5 or fewer");
    await fill("Number of sessions", "2");
    await click("Submit for approval", "button");
    await onPage(name);
    await officerApprovesPlan(referralPath.split("/").at(-1)!, name);
    await signInAs(page, "Priya Shah");
    await open(page, referralPath);
    await onPage(name);

    for (const hours of [72, 96]) {
      await click("Schedule a session");
      await onPage("Schedule a session");
      await fillDate("at", { ...ukParts(now, hours), minute: "0" });
      await check("One-to-one");
      await check("Phone call");
      await click("Schedule session", "button");
      await onPage(name);
    }

    // A session in the future cannot be recorded yet: the page says from when, and the API refuses.
    await click("Record session 1");
    await onPage("Record session 1");
    expect(await page.getByText(/You can record attendance and feedback from the session/).count()).toBe(1);
    await check("Did not attend");
    await check("Unacceptable absence");
    await click("Save", "button");
    await seeError(/Session 1 starts at .*You can record attendance and feedback from then/);
    // Move the clock past the sessions (the plan must fit 4 sessions + tolerance); sign in again.
    // From the portal's now, not the wall clock's: a file before this one may have left the clock moved.
    await setClock({ now: new Date(now.getTime() + 97 * 3_600_000).toISOString() });
    await signInAs(page, "Priya Shah");
    await open(page, referralPath);
    await onPage(name);

    await click("Record session 1");
    await onPage("Record session 1");
    await check("Attended");
    await fill("What happened in the session", "Called the landlord together and agreed next steps.");
    await click("Save", "button");
    await onPage(name);

    await click("Record session 2");
    await onPage("Record session 2");
    await check("Did not attend");
    await check("Unacceptable absence");
    await fill("Concerns (optional)", "Said they had been drinking and would not come.");
    await check("Tell the responsible officer about this concern now");
    await click("Save", "button");
    await onPage(name);

    await click("Write the end-of-service report");
    await onPage("End-of-service report");
    await page.locator("#outcomes-0-achievement").check();
    await page.locator("#outcomes-0-progress").fill("Eviction stopped after the landlord agreed to wait.");
    await page.locator("#outcomes-1-achievement-2").check();
    await page.locator("#outcomes-1-progress").fill("Repayment plan agreed but only two payments made.");
    await fill("Anything left to do", "Keep up the repayments.");
    await click("Submit report", "button");
    await onPage(name);
    await click("Complete the referral", "button");
    await expect
      .poll(() => page.getByText("Referral completed").count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await onPage(name);
  };

  return { check, fill, officerRefers, officerApprovesPlan, providerDelivers };
};
