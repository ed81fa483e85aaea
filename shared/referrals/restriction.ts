import * as z from "zod";
import { listItem, placed } from "../http/field-messages.ts";

/* Restricted people (issue 17, item 5): who may see the referrals of a person marked restricted. */

/** A staff ID in list `container`, its messages naming which one ("for person 2 who may see"). */
const staffId = (container: string, noun: string) => {
  const where = listItem(container, noun);
  return z
    .string(placed("Enter a staff ID", where))
    .trim()
    .min(1, placed("Enter a staff ID", where))
    .max(100, placed("Enter a staff ID of 100 characters or fewer", where));
};
const team = z
  .string(placed("Enter a team", listItem("allowedTeams", "team")))
  .trim()
  .min(1, placed("Enter a team", listItem("allowedTeams", "team")))
  .max(100, placed("Enter a team of 100 characters or fewer", listItem("allowedTeams", "team")));

/** What the officer says: who may see (people, teams — a PDU or a provider organisation) and who may not. */
export const restrictionInputSchema = z.object({
  allowedUserIds: z
    .array(staffId("allowedUserIds", "person who may see"), { message: "List the people who may see" })
    .max(20, "Name at most 20 people who may see")
    .default([]),
  allowedTeams: z
    .array(team, { message: "List the teams who may see" })
    .max(10, "Name at most 10 teams who may see")
    .default([]),
  excludedUserIds: z
    .array(staffId("excludedUserIds", "person who may not see"), {
      message: "List the people who may not see",
    })
    .max(20, "Name at most 20 people who may not see")
    .default([]),
  version: z.number({ message: "Reload the referral and try again" }).int(),
});
export type RestrictionInput = z.infer<typeof restrictionInputSchema>;

const person = z.object({ userId: z.string(), name: z.string() });

/** The restriction as it is copied onto each of the person's referrals. */
export const restrictionSchema = z.object({
  crn: z.string(),
  allowedUserIds: z.array(z.string()),
  allowedTeams: z.array(z.string()),
  excludedUserIds: z.array(z.string()),
  setBy: person,
  setAt: z.iso.datetime(),
});
export type Restriction = z.infer<typeof restrictionSchema>;

/** Who is asking: their id and the teams they belong to. */
export interface Viewer {
  userId?: string | undefined;
  pdu?: string | undefined;
  organisationId?: string | undefined;
}

/**
 * Whether a restriction lets `viewer` see the referral it is on, on top of the usual rule. The
 * referral's own officer and whoever set the restriction always may (nobody locks the case's owner
 * out); anyone excluded may not; when people or teams are named, only they may.
 */
export const restrictionAllows = (
  restriction: Restriction | undefined,
  viewer: Viewer,
  officerUserId: string,
): boolean => {
  if (!restriction) return true;
  if (viewer.userId && (viewer.userId === officerUserId || viewer.userId === restriction.setBy.userId))
    return true;
  if (viewer.userId && restriction.excludedUserIds.includes(viewer.userId)) return false;
  const named = restriction.allowedUserIds.length + restriction.allowedTeams.length > 0;
  if (!named) return true;
  return (
    (viewer.userId !== undefined && restriction.allowedUserIds.includes(viewer.userId)) ||
    (viewer.pdu !== undefined && restriction.allowedTeams.includes(viewer.pdu)) ||
    (viewer.organisationId !== undefined && restriction.allowedTeams.includes(viewer.organisationId))
  );
};

/** Whether the input lifts the restriction: nobody named either way. */
export const liftsRestriction = (input: Omit<RestrictionInput, "version">) =>
  input.allowedUserIds.length + input.allowedTeams.length + input.excludedUserIds.length === 0;
