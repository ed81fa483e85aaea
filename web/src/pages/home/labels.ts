import type { OrganisationSummary } from "#shared/accounts/me.ts";
import type { TierId } from "#shared/reference/schema.ts";
import type { TagColour } from "../../components/govuk/index.ts";

type FrameworkStatus = OrganisationSummary["frameworkStatus"];
type Size = NonNullable<OrganisationSummary["size"]>;

/** How each framework status reads on a tag, with the colour the design system suggests for it. */
export const frameworkStatusTags: Record<FrameworkStatus, { text: string; colour?: TagColour }> = {
  "not-applied": { text: "Not applied", colour: "grey" },
  applied: { text: "Application submitted", colour: "teal" },
  admitted: { text: "Admitted", colour: "green" },
  rejected: { text: "Not admitted", colour: "red" },
};

/** What each framework status means for the organisation. */
export const frameworkStatusExplanations: Record<FrameworkStatus, string> = {
  "not-applied": "Your organisation has not applied to join the framework yet. You can apply at any time.",
  applied: "Your application to join the framework is waiting for a decision by a framework administrator.",
  admitted:
    "Your organisation is on the framework. You can bid for opportunities in the need areas and regions it covers.",
  rejected: "Your application to join the framework was not successful. You can apply again at any time.",
};

export const sizeLabels: Record<Size, string> = {
  micro: "Micro",
  small: "Small",
  medium: "Medium",
  large: "Large",
};

const tierWords: Record<TierId, string> = { low: "low", medium: "medium", high: "high" };

/** "a", "a and b", "a, b and c". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "Low, medium and high" for the tiers a need area is bought at. */
export function formatTiers(tiers: readonly TierId[]): string {
  const text = formatList(tiers.map((tier) => tierWords[tier]));
  return text.charAt(0).toUpperCase() + text.slice(1);
}
