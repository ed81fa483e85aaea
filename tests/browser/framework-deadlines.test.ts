import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { frameworkDocumentKind } from "#functions/framework/items.ts";
import { applicationItem } from "#functions/framework/repository.ts";
import { expectNoAxeViolations, signInAs, usePortalPages } from "../support/browser.ts";
import { putItems } from "../support/referrals.ts";

let page: Page;
usePortalPages((p) => {
  page = p;
});

const heading = () => page.getByRole("heading", { level: 1 });

// Written straight to the table: an application long past its decision date, and a safeguarding
// policy that lapsed in January (the API takes neither a past submission nor a past expiry date).
beforeAll(async () => {
  await putItems([
    applicationItem({
      id: "01JBR0WSER0VERDVE000000001",
      organisationId: "org-browser-overdue",
      organisationName: "Overdue Test Trust",
      legalForm: "Charitable incorporated organisation",
      registrationNumber: "1209999",
      size: "small",
      vcse: true,
      needAreaIds: ["accommodation"],
      regionIds: ["london"],
      safeguardingDeclaration: true,
      dataProtectionDeclaration: true,
      attachments: [],
      status: "submitted",
      submittedAt: "2026-10-01T09:00:00.000Z",
      submittedBy: "user-provider-nobody",
      decisionDueAt: "2026-10-15T22:59:59.999Z",
      version: 1,
    }),
    frameworkDocumentKind.item(
      { organisationId: "org-bridge-housing", kind: "safeguarding-policy", expiresOn: "2026-01-31" },
      {
        organisationId: "org-bridge-housing",
        organisationName: "Bridge Housing Trust",
        kind: "safeguarding-policy",
        expiresOn: "2026-01-31",
        attachment: {
          documentId: "01J0000000000000000000000B",
          fileName: "Safeguarding policy.pdf",
          contentType: "application/pdf",
          size: 100,
        },
        uploadedAt: "2025-02-01T10:00:00.000Z",
      },
    ),
  ]);
});

describe("admission deadlines and lapsed documents (issue 20, item 4)", () => {
  it("a framework administrator sees an overdue application and a lapsed document; the supplier sees its own", async () => {
    await signInAs(page, "Helen Carter");
    await page.getByRole("link", { name: "Applications", exact: true }).click();
    await expect.poll(() => heading().textContent()).toBe("Applications to decide");
    const row = page.locator("tbody tr", { hasText: "Overdue Test Trust" });
    await expect.poll(() => row.textContent()).toContain("Due 15 October 2026");
    expect(await row.locator(".govuk-tag", { hasText: "Overdue" }).count()).toBe(1);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Suppliers", exact: true }).click();
    await expect.poll(() => heading().textContent()).toBe("Suppliers on the dynamic market");
    const lapsed = page.locator("table", { hasText: "Framework documents past their expiry date" });
    await expect
      .poll(() => lapsed.locator("tbody tr", { hasText: "Bridge Housing Trust" }).textContent())
      .toContain("Safeguarding policy");
    await expectNoAxeViolations(page);

    await signInAs(page, "Priya Shah");
    await page.goto(new URL("/framework/membership", page.url()).toString());
    await expect.poll(() => heading().textContent()).toBe("Your membership of the dynamic market");
    const own = page.locator("table", { hasText: "Your framework documents" });
    await expect.poll(() => own.textContent()).toContain("Lapsed");
    // Entering no details: one message per field, written for a person.
    await page.getByRole("button", { name: "Save the document" }).click();
    await expect
      .poll(() => page.locator(".govuk-error-summary").textContent())
      .toContain("Select which document this is");
    await expectNoAxeViolations(page);
  });
});
