import * as z from "zod";

/* Fields every contract-management form shares, worded once (changes, issues, ratings, plans). */

/** Required text about `what`, trimmed, at most `max` characters, its messages naming it. */
export const text = (what: string, max: number) =>
  z
    .string({ message: `Enter ${what}` })
    .trim()
    .min(1, `Enter ${what}`)
    .max(max, `${what[0]!.toUpperCase()}${what.slice(1)} must be ${max} characters or fewer`);

/** The version the person saw, so that two people acting at once cannot both win. */
export const versionSchema = z
  .number({ message: "Reload the page: the version you saw is missing" })
  .int("Reload the page: the version you saw is missing")
  .min(0, "Reload the page: the version you saw is missing");
