import type { Cohort } from "./schema.ts";

/** The groups seed 004 asks providers to tailor interventions for. */
export const cohorts: Cohort[] = [
  { id: "women", name: "Women" },
  { id: "young-adults", name: "Young adults (18–25)" },
  { id: "foreign-nationals", name: "Foreign nationals" },
  { id: "learning-difficulties", name: "People with learning difficulties" },
];
