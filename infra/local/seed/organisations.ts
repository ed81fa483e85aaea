import type { OrganisationSummary } from "#shared/accounts/me.ts";

/** Seeded provider organisations: admitted ones to bid and deliver, a pending one to decide on. */
export const demoOrganisations: (OrganisationSummary & { legalForm: string; registrationNumber: string })[] =
  [
    {
      id: "org-bridge-housing",
      name: "Bridge Housing Trust",
      legalForm: "Charitable incorporated organisation",
      registrationNumber: "1180452",
      size: "small",
      vcse: true,
      frameworkStatus: "admitted",
      needAreaIds: ["accommodation", "finance-benefits-debt"],
      regionIds: ["london", "kent-surrey-sussex"],
    },
    {
      id: "org-northern-pathways",
      name: "Northern Pathways CIC",
      legalForm: "Community interest company",
      registrationNumber: "11823645",
      size: "medium",
      vcse: true,
      frameworkStatus: "admitted",
      needAreaIds: ["employment-training-education", "finance-benefits-debt"],
      regionIds: ["london", "wales"],
    },
    {
      id: "org-second-chance",
      name: "Second Chance Skills",
      legalForm: "Charitable company limited by guarantee",
      registrationNumber: "09876543",
      size: "micro",
      vcse: true,
      frameworkStatus: "applied",
      needAreaIds: ["employment-training-education"],
      regionIds: ["wales"],
    },
    {
      id: "org-fresh-start",
      name: "Fresh Start Mentoring",
      legalForm: "Charitable incorporated organisation",
      registrationNumber: "1199231",
      size: "micro",
      vcse: true,
      frameworkStatus: "not-applied",
      needAreaIds: [],
      regionIds: [],
    },
  ];
