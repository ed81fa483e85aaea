import { defineItem } from "../platform/data/define-item.ts";

/**
 * A framework application. gsi1 lists applications by status (the administrator's queue), gsi2 an
 * organisation's own, both by submission time.
 */
export const applicationKind = defineItem({
  type: "framework-application",
  pk: (a: { id: string }) => `APP#${a.id}`,
  sk: () => "APPLICATION",
  gsi1: {
    pk: (a: { status: string }) => `APPLICATIONS#${a.status}`,
    sk: (a: { submittedAt: string; id: string }) => `${a.submittedAt}#${a.id}`,
  },
  gsi2: {
    pk: (a: { organisationId: string }) => `ORG#${a.organisationId}#APPLICATIONS`,
    sk: (a: { submittedAt: string; id: string }) => `${a.submittedAt}#${a.id}`,
  },
});
