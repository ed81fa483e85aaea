import {
  type Membership,
  type MembershipAction,
  membershipGroundNames,
  membershipGrounds,
  type MembershipStatus,
} from "#shared/framework/membership.ts";
import { formatDateTime } from "../../format/format.ts";

/** The status as a tag: what it is called and its colour. */
export const membershipTags: Record<MembershipStatus, { text: string; colour: "green" | "orange" | "red" }> =
  {
    active: { text: "Active", colour: "green" },
    suspended: { text: "Suspended", colour: "orange" },
    removed: { text: "Removed", colour: "red" },
  };

/** What an administrator may do next from each status: removal is final; a suspension may be lifted. */
export const actionsFrom = (status: MembershipStatus): MembershipAction["action"][] =>
  status === "active" ? ["suspend", "remove"] : status === "suspended" ? ["reinstate", "remove"] : [];

const actionText: Record<MembershipAction["action"], { text: string; hint: string }> = {
  suspend: {
    text: "Suspend",
    hint: "It cannot bid or be awarded a contract until you lift the suspension.",
  },
  remove: {
    text: "Remove",
    hint: "It leaves the dynamic market for good. Commissioners see its live contracts flagged.",
  },
  reinstate: { text: "Lift the suspension", hint: "It can bid and be awarded contracts again." },
};

/** The radios for the actions open now. */
export const actionItems = (status: MembershipStatus) =>
  actionsFrom(status).map((value) => ({ value, ...actionText[value] }));

/** The grounds, worded as the supplier's notice words them. */
export const groundItems = membershipGrounds.map((value) => ({
  value,
  text: membershipGroundNames[value][0]!.toUpperCase() + membershipGroundNames[value].slice(1),
}));

/** The confirmation after a change, naming the supplier and what is now true. */
export const confirmation = (name: string, status: MembershipStatus): string =>
  status === "active"
    ? `${name}’s suspension has been lifted`
    : status === "suspended"
      ? `${name} has been suspended and told why`
      : `${name} has been removed from the dynamic market and told why`;

/** The membership summary's rows after its status: the reason given and since when, each when known. */
export const membershipDetails = (m: Pick<Membership, "reason" | "at">): { key: string; value: string }[] => [
  ...(m.reason ? [{ key: "Reason given", value: m.reason }] : []),
  ...(m.at ? [{ key: "Since", value: formatDateTime(m.at) }] : []),
];
