import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations, open, signInAs, usePortalPages } from "../support/browser.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});

const heading = () => page.getByRole("heading", { level: 1 });
const header = () => page.locator("header.govuk-template__header");
const summaryValue = (key: string) =>
  page.locator(".govuk-summary-list__row", { has: page.locator("dt", { hasText: key }) }).locator("dd");

describe("sign-in page", () => {
  it("starts the sign-in at the local OpenID Provider, whose login page offers the demo users; both pass axe", async () => {
    await open(page, "/sign-in");
    await expect.poll(() => heading().textContent()).toBe("Sign in");
    expect(await page.title()).toBe("Sign in – Dynamic Framework Portal – GOV.UK");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/oidc/interaction/"));
    await expect.poll(() => heading().textContent()).toBe("Sign in");
    for (const name of ["Priya Shah", "Helen Carter", "Sam Rowe"]) {
      expect(await page.getByRole("button", { name: `Choose ${name}`, exact: true }).count()).toBe(1);
    }
    expect(await page.getByText("password is demo").count()).toBe(1);
    await expectNoAxeViolations(page);
  });
});

describe("home pages show the signed-in person's data from the API", () => {
  it("provider: the organisation, its framework status, need areas and regions", async () => {
    await signInAs(page, "Priya Shah");
    await expect.poll(() => heading().textContent()).toBe("Your organisation");
    expect(await summaryValue("Name").first().textContent()).toBe("Bridge Housing Trust");
    expect(await summaryValue("Size").textContent()).toBe("Small");
    expect(await summaryValue("Framework status").locator(".govuk-tag").textContent()).toBe("Admitted");
    // Ids from DynamoDB, named from the reference data.
    const needAreas = await summaryValue("Need areas offered").locator("li").allTextContents();
    expect(needAreas).toEqual(["Accommodation", "Finance, Benefits & Debt"]);
    const regions = await summaryValue("Regions served").locator("li").allTextContents();
    expect(regions).toEqual(["London", "Kent, Surrey & Sussex"]);
    expect(await page.getByText("Bids and contracts manager").count()).toBe(1);
    expect(await header().textContent()).toContain("Priya Shah");
    expect(await header().textContent()).toContain("Provider");
    expect(await page.title()).toBe("Your organisation – Dynamic Framework Portal – GOV.UK");
    // After the in-app navigation from sign-in, focus is on the new page's heading.
    expect(await heading().evaluate((h1) => h1 === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page);
  });

  it("commissioner: their regions with PDU counts, admin rights and the need areas table", async () => {
    await signInAs(page, "Helen Carter");
    await expect.poll(() => heading().textContent()).toBe("Welcome, Helen Carter");
    const regionsTable = page.locator("table", {
      has: page.locator("caption", { hasText: "Regions you commission for" }),
    });
    const regionRows = await regionsTable.locator("tbody tr").allInnerTexts();
    expect(regionRows).toHaveLength(2);
    expect(regionRows[0]).toMatch(/^London\s+\d+$/);
    expect(regionRows[1]).toMatch(/^Kent, Surrey & Sussex\s+\d+$/);
    expect(await summaryValue("Framework administrator").textContent()).toMatch(/^Yes/);
    const needAreas = page.locator("table", { has: page.locator("caption", { hasText: "Need areas" }) });
    const accommodation = needAreas.locator("tbody tr", {
      has: page.locator("th", { hasText: /^Accommodation$/ }),
    });
    expect(await accommodation.locator("td").last().textContent()).toBe("Low, medium and high");
    // Attitudes, Thinking & Behaviour has no high tier: high complexity belongs on an accredited programme.
    const thinking = needAreas.locator("tbody tr", {
      has: page.locator("th", { hasText: "Attitudes, Thinking & Behaviour" }),
    });
    expect(await thinking.locator("td").last().textContent()).toBe("Low and medium");
    expect(await header().textContent()).toContain("Helen Carter");
    await expectNoAxeViolations(page);
  });

  it("responsible officer: their PDU and region, and what each tier delivers per phase", async () => {
    await signInAs(page, "Sam Rowe");
    await expect.poll(() => heading().textContent()).toBe("Welcome, Sam Rowe");
    expect(await summaryValue("Probation delivery unit").textContent()).toBe("Camden and Islington");
    expect(await summaryValue("Region").textContent()).toBe("London");
    const accommodation = page.locator("details", { hasText: "Accommodation" }).first();
    await accommodation.locator("summary").click();
    expect(await accommodation.getAttribute("open")).not.toBeNull();
    const text = (await accommodation.textContent()) ?? "";
    for (const expected of [
      "Low complexity",
      "Medium complexity",
      "High complexity",
      "Assess & Plan",
      "Implement",
      "Review & Evaluate",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain("Access rent and bond schemes");
    expect(await header().textContent()).toContain("Sam Rowe");
    await expectNoAxeViolations(page);
  });

  it("returns to the page asked for after signing in", async () => {
    await open(page, "/no-such-page-yet?x=1");
    await expect.poll(() => heading().textContent()).toBe("Page not found");
    await open(page, "/sign-in?returnTo=%2Fno-such-page-yet");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("button", { name: "Choose Helen Carter", exact: true }).click();
    await page.getByLabel("Password").fill("demo");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL((url) => url.pathname === "/no-such-page-yet");
    await expect.poll(() => header().textContent()).toContain("Helen Carter");
  });
});
