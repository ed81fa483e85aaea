import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { api, setClock, tokenFor } from "../support/api.ts";
import { journeySteps, open, signInAs, usePortalPages } from "../support/browser.ts";
import { portalNow } from "../support/opportunities.ts";
import { sentReferral } from "../support/referrals.ts";
import { referralSteps, ukParts } from "./support/referral-steps.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});

const { onPage, seeError, click, fillDate } = journeySteps(() => page);
const { check, fill, officerApprovesPlan } = referralSteps(() => page);
afterEach(() => setClock({ offsetMs: 0 }));

/** The officer changes one group of the referral through its page, check-answers page and confirmation. */
const amend = async (name: string, link: string, change: () => Promise<void>, reason: string) => {
  await onPage(name);
  await page.getByText("Change the referral", { exact: true }).click();
  await click(link);
  await onPage(link);
  await change();
  await fill("Why are you making this change?", reason);
  await click("Continue", "button");
  await onPage("Check your changes before sending them");
  expect(await page.getByText(reason).count()).toBe(1);
  await click("Confirm and send the change", "button");
  await expect
    .poll(async () => {
      const summary = page.locator(".govuk-error-summary");
      return (await summary.count()) ? await summary.textContent() : await page.locator("h1").textContent();
    })
    .toBe("Referral changed");
  await onPage("Referral changed");
  await click("Back to the referral");
};

describe("delivery at parity with Refer and monitor", () => {
  it("amends with reasons, books at a probation office, approves a plan after changes, refuses a session too many and counts days used", async () => {
    const { referral } = await sentReferral();
    const name = `Alex ${referral.answers.person.lastName}`;
    const officerPath = `/referrals/${referral.id}`;
    const providerPath = `/provider/referrals/${referral.id}`;

    // Sam amends the desired outcomes and the enforceable days, each with a reason.
    await signInAs(page, "Sam Rowe");
    await open(page, officerPath);
    await amend(
      name,
      "Change desired outcomes",
      async () => {
        await check("Rent arrears reduced with a repayment plan agreed with the landlord");
      },
      "The landlord has served notice: keeping the home comes first.",
    );
    await amend(
      name,
      "Change maximum enforceable days",
      async () => {
        await fill("Maximum enforceable days", "0");
        await click("Continue", "button");
        await seeError("The maximum enforceable days must be at least 1");
        await fill("Maximum enforceable days", "11");
      },
      "The court varied the order to 11 days.",
    );

    // Priya reads the changelog; assignment and first contact are set up through the API.
    const priya = await tokenFor("user-provider-bridge");
    let r = (await api("GET", `/api/referrals/${referral.id}`, { token: priya })).body;
    const post = async (suffix: string, body: object) => {
      const res = await api("POST", `/api/referrals/${r.id}/${suffix}`, {
        token: priya,
        body: { ...body, version: r.version },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      r = res.body;
    };
    await post("assign", { caseworkerId: "user-provider-bridge" });
    await post("first-contact", { contactedAt: (await portalNow()).toISOString(), method: "phone" });
    await signInAs(page, "Priya Shah");
    await open(page, providerPath);
    await onPage(name);
    await page
      .getByRole("navigation", { name: "Referral sections" })
      .getByRole("link", { name: "Changes" })
      .click();
    await onPage(name);
    await expect.poll(() => page.getByText("The court varied the order to 11 days.").count()).toBe(1);
    expect(
      await page.getByText("The landlord has served notice: keeping the home comes first.").count(),
    ).toBe(1);
    expect(await page.getByRole("rowheader", { name: "Maximum enforceable days" }).count()).toBe(1);

    // Priya books the assessment at one of the PDU's probation offices and records it.
    const now = await portalNow();
    await open(page, providerPath);
    await onPage(name);
    await click("Book the initial assessment");
    await onPage("Initial assessment appointment");
    await fillDate("at", { ...ukParts(now, 48), minute: "30" });
    await check("One-to-one");
    await check("In person at a probation office");
    await click("Save appointment", "button");
    await seeError("Select the probation office");
    await check("Islington Probation Office");
    await click("Save appointment", "button");
    await onPage(name);
    expect(await page.getByText(/Islington Probation Office, 401 Holloway Road/).count()).toBeGreaterThan(0);
    await click("Record the initial assessment");
    await onPage("Record the initial assessment");
    await check("Attended");
    await click("Save", "button");
    await onPage(name);

    // A plan of two sessions; Sam asks for changes; Priya resubmits one; Sam approves.
    await click("Submit the action plan");
    await onPage("Action plan");
    await fill("Activities", "Call the landlord together");
    await fill("Number of sessions", "2");
    await click("Submit for approval", "button");
    await onPage(name);
    expect(await page.getByText("Waiting for approval").count()).toBeGreaterThan(0);

    await signInAs(page, "Sam Rowe");
    await open(page, officerPath);
    await onPage(name);
    await page.getByRole("link", { name: "Review version 1 of the action plan" }).click();
    await onPage("Review the action plan");
    await check("No, ask for changes");
    await click("Send decision", "button");
    await seeError("Enter the changes you are asking for");
    await fill("Comments for the provider", "One focused session with the landlord is enough.");
    await click("Send decision", "button");
    await onPage(name);

    await signInAs(page, "Priya Shah");
    await open(page, providerPath);
    await onPage(name);
    await click("Submit a new version of the action plan");
    await onPage("Action plan");
    expect(await page.getByText(/One focused session with the landlord is enough\./).count()).toBe(1);
    await fill("Number of sessions", "1");
    await click("Submit for approval", "button");
    await onPage(name);
    await officerApprovesPlan(referral.id, name);

    // One session fits the approved plan; a second is refused.
    await signInAs(page, "Priya Shah");
    await open(page, providerPath);
    await onPage(name);
    await click("Schedule a session");
    await onPage("Schedule a session");
    await fillDate("at", { ...ukParts(now, 72), minute: "0" });
    await check("One-to-one");
    await check("Phone call");
    await click("Schedule session", "button");
    await onPage(name);
    expect(await page.getByRole("link", { name: "Schedule a session" }).count()).toBe(0);
    await open(page, `${providerPath}/sessions/new`);
    await onPage("Schedule a session");
    await fillDate("at", { ...ukParts(now, 96), minute: "0" });
    await check("One-to-one");
    await check("Phone call");
    await click("Schedule session", "button");
    await seeError("The approved action plan has 1 session and all are scheduled.");

    // Days used rise with the attended session (the assessment was the first).
    await open(page, providerPath);
    await onPage(name);
    expect(await page.getByText("1 of 11 days used").count()).toBeGreaterThan(0);
    await setClock({ offsetMs: 73 * 3_600_000 });
    await signInAs(page, "Priya Shah");
    await open(page, providerPath);
    await onPage(name);
    await click("Record session 1");
    await onPage("Record session 1");
    await check("Attended");
    await fill("What happened in the session", "Met the landlord and agreed to pay weekly.");
    await click("Save", "button");
    await onPage(name);
    expect(await page.getByText("2 of 11 days used").count()).toBeGreaterThan(0);

    // Sam sees the same count on the referral.
    await signInAs(page, "Sam Rowe");
    await open(page, officerPath);
    await onPage(name);
    expect(await page.getByText("2 of 11 days used").count()).toBeGreaterThan(0);
    // Both roles, from amendments to days used: several minutes on a busy 2-core machine.
  }, 480_000);
});
