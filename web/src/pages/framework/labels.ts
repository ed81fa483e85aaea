import type { ApplicationStatus } from "#shared/framework/application.ts";
import type { TagColour } from "../../components/govuk/index.ts";

/** How an application's status reads on a tag. */
export const applicationStatusTags: Record<ApplicationStatus, { text: string; colour?: TagColour }> = {
  submitted: { text: "Waiting for a decision" },
  admitted: { text: "Admitted", colour: "green" },
  rejected: { text: "Not admitted", colour: "red" },
};

export const sizeHints: Record<"micro" | "small" | "medium" | "large", string> = {
  micro: "Fewer than 10 staff",
  small: "10 to 49 staff",
  medium: "50 to 249 staff",
  large: "250 staff or more",
};
