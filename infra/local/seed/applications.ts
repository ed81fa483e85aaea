import type { Application } from "#shared/framework/application.ts";

/** Second Chance Skills' application, waiting for a framework administrator. */
export const demoApplications: Application[] = [
  {
    id: "01JDEMOAPPSECONDCHANCE0001",
    organisationId: "org-second-chance",
    organisationName: "Second Chance Skills",
    legalForm: "Charitable company limited by guarantee",
    registrationNumber: "09876543",
    size: "micro",
    vcse: true,
    needAreaIds: ["employment-training-education"],
    regionIds: ["wales"],
    safeguardingDeclaration: true,
    dataProtectionDeclaration: true,
    attachments: [],
    status: "submitted",
    submittedAt: "2026-11-02T10:15:00.000Z",
    submittedBy: "user-provider-second-chance",
    // Ten working days after submission: long past, so administrators see it overdue.
    decisionDueAt: "2026-11-16T23:59:59.999Z",
    version: 1,
  },
];
