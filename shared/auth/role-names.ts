/**
 * The roles as plain data, with no zod: the web app's shell reads these, and importing the zod schema
 * in roles.ts would put all of zod before a person's first page (issue 15, ADR 0021).
 */
export const roles = ["provider", "commissioner", "responsible-officer"] as const;
export type Role = (typeof roles)[number];

/** Plain-English role names for pages. */
export const roleLabels: Record<Role, string> = {
  provider: "Provider",
  commissioner: "Commissioner",
  "responsible-officer": "Responsible officer",
};

/** Whether a value read from outside the app (storage, a token) is one of the roles. */
export const isRole = (value: unknown): value is Role => (roles as readonly unknown[]).includes(value);
